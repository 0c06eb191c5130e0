"""records.fast_init: the same instances as the __init__ dataclasses writes, built faster."""

import pickle
from dataclasses import FrozenInstanceError, dataclass, field, fields, replace

import pytest

from reconcile.model import Claim
from reconcile.records import fast_init


@dataclass(frozen=True, slots=True)
class Plain:
    a: int
    b: str | None = None
    c: tuple[int, ...] = ()


@fast_init
@dataclass(frozen=True, slots=True)
class Fast:
    a: int
    b: str | None = None
    c: tuple[int, ...] = ()


def _as_tuple(obj) -> tuple:
    return tuple(getattr(obj, f.name) for f in fields(obj))


@pytest.mark.parametrize("args, kwargs", [((1,), {}), ((1, "x"), {}), ((1,), {"c": (2, 3)}), ((), {"a": 4, "b": None})])
def test_same_fields_as_the_dataclass_init(args, kwargs):
    fast, plain = Fast(*args, **kwargs), Plain(*args, **kwargs)
    assert _as_tuple(fast) == _as_tuple(plain)
    assert repr(fast) == repr(plain).replace("Plain", "Fast")
    assert fast == Fast(*args, **kwargs) and hash(fast) == hash(Fast(*args, **kwargs))
    assert pickle.loads(pickle.dumps(fast)) == fast
    assert replace(fast, b="y") == Fast(fast.a, "y", fast.c)


def test_same_errors_for_bad_arguments():
    for call in (lambda cls: cls(), lambda cls: cls(1, 2, 3, 4), lambda cls: cls(1, d=2), lambda cls: cls(1, a=2)):
        with pytest.raises(TypeError):
            call(Plain)
        with pytest.raises(TypeError):
            call(Fast)


def test_still_frozen():
    with pytest.raises(FrozenInstanceError):
        Fast(1).a = 2  # type: ignore[misc]


def test_claim_keeps_its_signature():
    claim = Claim("id", "doc", "numeric", "q", 0, 1, value=3.0, sentence="s")
    assert claim.value == 3.0 and claim.subject is None and claim.sentence == "s"
    with pytest.raises(TypeError):
        Claim("id", "doc")  # type: ignore[call-arg]


def test_refuses_what_it_does_not_handle():
    with pytest.raises(TypeError):
        @fast_init
        @dataclass(frozen=True)
        class NoSlots:
            a: int

    with pytest.raises(TypeError):
        @fast_init
        @dataclass(frozen=True, slots=True)
        class Factory:
            a: list[int] = field(default_factory=list)

    with pytest.raises(TypeError):
        @fast_init
        @dataclass(frozen=True, slots=True)
        class PostInit:
            a: int

            def __post_init__(self) -> None:
                pass


@dataclass(frozen=True, slots=True)
class PlainWide:
    a: int
    b: str | None = None
    c: tuple[int, ...] = ()
    d: float = 0.0
    e: str = "e"
    f: object = None
    g: int = 7


@fast_init
@dataclass(frozen=True, slots=True)
class FastWide:  # enough fields for the twin class's stores (records._TWIN_FIELDS)
    a: int
    b: str | None = None
    c: tuple[int, ...] = ()
    d: float = 0.0
    e: str = "e"
    f: object = None
    g: int = 7


class SubWide(FastWide):
    pass


@pytest.mark.parametrize("args, kwargs", [((1,), {}), ((1, "x", (2,), 1.5, "y", None, 3), {}), ((), {"a": 4, "g": 0})])
def test_many_fields_same_instance_as_the_dataclass_init(args, kwargs):
    from reconcile import records

    assert len(fields(FastWide)) >= records._TWIN_FIELDS
    fast, plain = FastWide(*args, **kwargs), PlainWide(*args, **kwargs)
    assert type(fast) is FastWide and _as_tuple(fast) == _as_tuple(plain)
    assert repr(fast) == repr(plain).replace("PlainWide", "FastWide")
    assert fast == FastWide(*args, **kwargs) and hash(fast) == hash(FastWide(*args, **kwargs))
    assert pickle.loads(pickle.dumps(fast)) == fast
    assert replace(fast, b="z") == FastWide(fast.a, "z", *_as_tuple(fast)[2:])
    with pytest.raises(FrozenInstanceError):
        fast.a = 2  # type: ignore[misc]
    sub = SubWide(*args, **kwargs)
    assert type(sub) is SubWide and _as_tuple(sub) == _as_tuple(plain)
