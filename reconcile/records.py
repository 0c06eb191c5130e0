"""A cheaper constructor for the frozen, slotted dataclasses built by the thousand per document.

``@dataclass(frozen=True)`` writes an ``__init__`` that sets each field with
``object.__setattr__(self, "name", value)``, since the class's own ``__setattr__`` refuses.
That call looks ``__setattr__`` up on ``object``, then the field by its name: about 170 ns a
field on CPython 3.11, so a :class:`~reconcile.model.Claim` (25 fields) took 5 µs to build and
a :class:`~reconcile.entities.Mention` (4 fields) 0.85 µs, about 5% of claim extraction in all.

A slotted class keeps each field in a slot whose descriptor (``cls.name``) stores the value
directly: :func:`fast_init` gives the class an ``__init__`` that calls each slot's ``__set__``
(about 60 ns a field). The instance is the same: same fields in the same slots, still frozen
(``__setattr__`` still refuses), same ``__eq__``, ``__hash__``, ``__repr__``, pickling and
``dataclasses.replace``; the ``__init__`` takes the same arguments with the same defaults.

A class of many fields gets a cheaper ``__init__`` still: each ``__set__`` call packs its
arguments in a tuple, where the interpreter's own ``self.name = value`` stores straight into
the slot. That store needs a class without the frozen ``__setattr__``: a twin with the same
slots (so the same layout, which lets an instance change ``__class__``). The ``__init__`` makes
the new instance the twin's, stores each field and makes it the class's again: about 12 K
instructions for a Claim (25 fields) against 25 K. The two switches cost what about five
``__set__`` calls do, so a class of fewer fields keeps the calls.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import TypeVar

T = TypeVar("T", bound=type)

# From this many fields on, an __init__ stores them through a twin class (see above): measured on CPython 3.11,
# 5 fields cost about the same either way, 10 fields 5.9 K instead of 9.4 K instructions.
_TWIN_FIELDS = 6


def fast_init(cls: T) -> T:
    """Replace the ``__init__`` of the frozen, slotted dataclass *cls* (apply above ``@dataclass``).

    Only for the plain case: every field in ``__init__``, positional, with no default
    factory, and no ``__post_init__``; anything else raises TypeError here, at import.
    """
    params = cls.__dataclass_params__
    if not (params.frozen and "__slots__" in cls.__dict__) or hasattr(cls, "__post_init__"):
        raise TypeError(f"fast_init: {cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    names: dict[str, object] = {}  # what the generated code refers to: the slots' setters and the defaults
    args, body, stores = [], [], []
    for f in fields(cls):
        if not f.init or f.kw_only or f.default_factory is not MISSING:
            raise TypeError(f"fast_init: field {cls.__name__}.{f.name} is not a plain positional field")
        names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__  # the slot's member descriptor
        if f.default is MISSING:
            args.append(f.name)
        else:
            names[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
        stores.append(f"        self.{f.name} = {f.name}")
    if len(stores) >= _TWIN_FIELDS and cls.__bases__ == (object,):  # (see the module's docstring)
        names["_twin"] = type(f"_{cls.__name__}Slots", (), {"__slots__": cls.__slots__})
        names["_cls"], names["_set_class"] = cls, object.__setattr__
        # (A subclass's instance, were there one, keeps its class: its fields are set one by one.)
        body = ["    if type(self) is _cls:", "        _set_class(self, '__class__', _twin)", *stores,
                "        self.__class__ = _cls", "        return", *body]
    source = f"def __init__(self, {', '.join(args)}):\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(source, names)  # noqa: S102 - the source is built above from the class's own field names
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls
