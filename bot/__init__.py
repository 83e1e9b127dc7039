"""Accord's bot: the Teams edge, the router, the handlers and the domain rules."""
