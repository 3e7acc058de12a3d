"""analyzer.memo: ByIdentity makes a value once per object, never handing it to an equal other
one; Remembered makes a value once per key, within its limit."""

from analyzer.memo import ByIdentity, Remembered


def test_a_value_is_made_once_per_object_and_not_shared_with_an_equal_one():
    made = []
    memo = ByIdentity(8)

    def make(thing, *also):
        made.append((thing, also))
        return len(made)

    first, twin = ["a"], ["a"]  # equal, not the same object
    assert memo.get(first, make) == memo.get(first, make) == 1
    assert memo.get(twin, make) == 2
    assert memo.get(first, make, "ja") == 3  # another key part: another value
    assert memo.get(first, make, "ja") == 3
    assert made == [(["a"], ()), (["a"], ()), (["a"], ("ja",))]


def test_it_holds_no_more_than_its_limit():
    memo = ByIdentity(2)
    things = [object() for _ in range(3)]
    calls = []
    for thing in things:
        memo.get(thing, lambda t: calls.append(t) or t)
    memo.get(things[0], lambda t: calls.append(t) or t)  # forgotten when the third came in
    assert calls == [*things, things[0]]


def test_remembered_makes_each_keys_value_once_and_starts_again_at_its_limit():
    calls = []
    memo = Remembered(lambda key: calls.append(key) or key.upper(), limit=2)
    assert memo["a"] == memo["a"] == "A"
    assert memo["b"] == "B"
    assert calls == ["a", "b"]
    assert memo["c"] == "C"  # the limit reached: all forgotten, then "c" kept
    assert len(memo) == 1 and memo["a"] == "A"
    assert calls == ["a", "b", "c", "a"]
    unbounded = Remembered(str.upper)
    for number in range(100):
        unbounded[str(number)]
    assert len(unbounded) == 100
