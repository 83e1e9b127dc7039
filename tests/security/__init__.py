"""The adversarial suite: identity, privacy, hostile input and simultaneous presses, as an attacker would try them."""
