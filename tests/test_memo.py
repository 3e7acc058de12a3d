"""analyzer.memo.ByIdentity: a value is made once per object, never handed to an equal other one."""

from analyzer.memo import ByIdentity


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
