"""What chat handlers, jobs, webhooks and the CLI share: each feature's work, apart from how it was asked for."""
