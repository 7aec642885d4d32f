"""A deterministic sequence of valid BSNs (eleven-test) in a range the RvIG test persons never use.

The test persons use 0000xxxxx–0107xxxxx, 9001xxxxx and 99999xxxx. Generated residents get
100000000–699999999. For every seven-digit head at least nine of the ten eighth digits give a valid
number (the eighth digit has weight 2, so the ten choices give ten different remainders, at most one
of which would need check digit 10). Using the first nine of each head, the k-th number is computed
directly: no search, no lookups.
"""

from __future__ import annotations

FIRST_HEAD = 1_000_000  # BSN 100000000
END_HEAD = 7_000_000  # exclusive: up to 699999999
CAPACITY = (END_HEAD - FIRST_HEAD) * 9
_WEIGHTS = (9, 8, 7, 6, 5, 4, 3)


def _head_sum(head: int) -> int:
    digits = f"{head:07d}"
    return sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True))


def _valid_tails(head: int) -> list[str]:
    """The first nine valid two-digit tails (8th digit + check digit) of a seven-digit head."""
    base = _head_sum(head)
    tails = []
    for eighth in range(10):
        check = (base + 2 * eighth) % 11
        if check != 10:
            tails.append(f"{eighth}{check}")
    return tails[:9]


def bsn_at(index: int) -> str:
    """The index-th generated BSN (0-based)."""
    head = FIRST_HEAD + index // 9
    return f"{head:07d}{_valid_tails(head)[index % 9]}"


def bsns(start: int, count: int) -> list[str]:
    """`count` consecutive generated BSNs from position `start`."""
    if start + count > CAPACITY:
        raise ValueError("the reserved BSN range is exhausted")
    result: list[str] = []
    head, position = FIRST_HEAD + start // 9, start % 9
    while len(result) < count:
        prefix = f"{head:07d}"
        tails = _valid_tails(head)[position:]
        result.extend(prefix + tail for tail in tails[: count - len(result)])
        head, position = head + 1, 0
    return result


def index_after(bsn: str | None) -> int:
    """The first position whose BSN is greater than `bsn` (the largest one already stored)."""
    if not bsn or not is_generated(bsn):
        return 0
    head = int(bsn[:7])
    tails = _valid_tails(head)
    later = sum(1 for tail in tails if tail > bsn[7:])
    return (head - FIRST_HEAD) * 9 + (9 - later)


def is_generated(bsn: str) -> bool:
    return len(bsn) == 9 and bsn.isdigit() and FIRST_HEAD <= int(bsn[:7]) < END_HEAD
