"""A nameless body of the story's state is what "it" stands for when it speaks of
itself (e-silent16): "The interior ministry said it had shared its findings with NATO"
is the ministry's act, as "Albania's interior ministry said it" is; a person's office
("the minister said it had") is "he" or "she", never "it".

Every sentence here is invented."""

from .conftest import Events

_LEAD = (
    "CHISINAU, March 3 (Test Wire) - Moldova has arrested two Russian nationals near a depot.\n\n"
)


def _keys(events: Events, text: str) -> set[tuple[str, str, str | None]]:
    return {
        (m.code, m.actor1.code, m.actor2.code if m.actor2 else None) for m in events(_LEAD + text)
    }


def test_it_stands_for_a_nameless_body(events: Events) -> None:
    for body in ("interior ministry", "government", "foreign ministry"):
        text = f"The {body} said it had shared its findings with NATO allies."
        assert ("064", "MDAGOV", "IGONAT") in _keys(events, text), text


def test_it_is_no_person(events: Events) -> None:
    text = "The interior minister said it had shared its findings with NATO allies."
    assert not any(k[0] == "064" and k[1] == "MDAGOV" for k in _keys(events, text)), text
