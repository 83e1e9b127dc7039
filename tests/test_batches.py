"""storage.batches.chunks: the one helper that bounds every IN list and bulk write."""

from __future__ import annotations

import pytest

from storage.batches import BATCH, chunks


@pytest.mark.parametrize(("items", "size", "expected"), [
    ([], 3, []),
    ([1], 3, [[1]]),
    ([1, 2, 3], 3, [[1, 2, 3]]),
    ([1, 2, 3, 4], 3, [[1, 2, 3], [4]]),
    (range(7), 2, [[0, 1], [2, 3], [4, 5], [6]]),
    ((x for x in "abcde"), 5, [["a", "b", "c", "d", "e"]]),  # a generator is read once, lazily
    ([1, 2], 1, [[1], [2]]),
])
def test_chunks_keep_order_and_bound_every_batch(items, size, expected):
    assert list(chunks(items, size)) == expected


def test_the_default_batch_stays_far_below_every_parameter_limit():
    batches = list(chunks(range(65_536 * 2)))
    assert max(map(len, batches)) == BATCH <= 999  # SQLite before 3.32 allowed 999 variables
    assert sum(map(len, batches)) == 65_536 * 2


def test_chunks_are_lazy():
    def endless():
        n = 0
        while True:
            yield n
            n += 1

    first = next(chunks(endless(), 4))
    assert first == [0, 1, 2, 3]


@pytest.mark.parametrize("size", [0, -1])
def test_a_batch_holds_at_least_one_item(size):
    with pytest.raises(ValueError):
        list(chunks([1], size))
