"""What the tests stand on: the fake cloud and Graph, the Playground driver, builders, turns and the seed."""
