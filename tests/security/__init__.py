"""Privacy: each answer shows only what the visibility table lets its reader see."""
