"""Claim extraction on single sentences and on the bundled corpus."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from reconcile.attribution import find_attributions
from reconcile.claims import extract_claims
from reconcile.model import Document


def doc(text: str, published: date | None = date(2024, 10, 18)) -> Document:
    when = datetime(published.year, published.month, published.day, tzinfo=timezone.utc) if published else None
    return Document(uri="mem://test", text=text, title="t", published_at=when)


def numeric(text: str, aliases, published: date | None = date(2024, 10, 18)):
    return [c for c in extract_claims(doc(text, published), aliases) if c.kind == "numeric"]


def test_quote_is_the_text_span_in_every_corpus_document(corpus_docs, aliases) -> None:
    total = 0
    for d in corpus_docs.values():
        for c in extract_claims(d, aliases):
            assert d.text[c.start_char : c.end_char] == c.quote
            total += 1
    assert total > 50


def test_attribution_hedge_subject_place_and_date(aliases) -> None:
    (c,) = numeric("South Korea's spy agency said on Friday that Pyongyang has sent about 1,500 special forces "
                   "troops to Russia's Far East.", aliases)
    assert (c.value, c.qualifier, c.measure) == (1500, "about", "troops")
    assert c.attributed_to == "South Korea NIS"
    assert c.subject == "North Korea"
    assert c.place == "Russia Far East"
    assert c.event_date == date(2024, 10, 18)
    assert c.modality == "actual"
    assert "special" in (c.measure_detail or "")


def test_inverted_attribution_and_planned_total(aliases) -> None:
    (c,) = numeric("The North has decided to send 12,000 troops in total, the National Intelligence Service said.",
                   aliases)
    assert c.attributed_to == "South Korea NIS"
    assert c.modality == "planned"
    assert c.scope == "total"
    assert c.subject == "North Korea"


def test_first_batch_scope(aliases) -> None:
    (c,) = numeric("A first batch of 1,500 soldiers was moved to Vladivostok, the NIS said.", aliases)
    assert c.scope == "first_batch"
    assert c.modality == "actual"


def test_relay_keeps_the_primary_origin(aliases) -> None:
    (c,) = numeric("Yonhap news agency reported, citing the NIS, that about 1,500 troops had left.", aliases)
    assert c.attributed_to == "South Korea NIS"
    assert c.attribution_chain == "Yonhap > South Korea NIS"


def test_according_to_and_range(aliases) -> None:
    (c,) = numeric("According to a Western official, the deployment could number 2,000 to 12,000 troops.", aliases)
    assert (c.value_low, c.value_high, c.qualifier) == (2000, 12000, "range")
    assert c.attributed_to == "Western official"
    assert c.modality == "conditional"


def test_relative_date_unresolved_without_publication(aliases) -> None:
    (c,) = numeric("Last Friday, the NIS said about 1,500 troops had arrived.", aliases, published=None)
    assert c.event_date is None
    assert "publication date" in (c.date_note or "")


def test_deadline_becomes_a_date_claim(aliases) -> None:
    claims = extract_claims(doc("Budanov said the 11,000 soldiers will be ready by Nov. 1."), aliases)
    dates = [c for c in claims if c.kind == "date"]
    assert [c.date_value for c in dates] == [date(2024, 11, 1)]
    assert dates[0].attributed_to == "Kyrylo Budanov"


@pytest.mark.parametrize("text", [
    "The war, which began in 2022, is now in its third year, he said.",
    "Related coverage:\nNorth Korea to send 12,000 troops to help Russia",
])
def test_no_claims_from_years_ordinals_or_furniture(text: str, aliases) -> None:
    assert numeric(text, aliases) == []


def test_statement_with_polarity(aliases) -> None:
    claims = extract_claims(doc("Kremlin spokesman Dmitry Peskov dismissed the reports as fake news."), aliases)
    statements = [c for c in claims if c.kind == "statement"]
    assert statements and statements[0].attributed_to == "Dmitry Peskov"
    claims = extract_claims(doc("NATO cannot confirm that North Korean soldiers are fighting, Rutte said."), aliases)
    (s,) = [c for c in claims if c.kind == "statement"]
    assert s.polarity == "uncertain"
    assert s.attributed_to == "Mark Rutte"


def test_possessives_and_full_stops_do_not_hide_names(aliases) -> None:
    text = "Pyongyang's troops reached Russia. North Korea’s envoy met officials in Moscow."
    found = [(text[m.start : m.end], m.canonical) for m in aliases.find(text)]
    assert found == [("Pyongyang", "North Korea"), ("Russia", "Russia"), ("North Korea", "North Korea"),
                     ("Moscow", "Russia")]


def test_a_longer_name_inside_a_match_wins(aliases) -> None:
    text = "Officials said the North Korean troops would be ready, and the North denied it."
    assert [(text[m.start : m.end], m.form) for m in aliases.find(text)] == [("North Korean", "adjective"),
                                                                              ("the North", "name")]


def test_percentages_and_money_are_their_own_measures(aliases) -> None:
    share, aid = numeric("Some 40 percent of the troops are special forces, a lawmaker said. Washington announced "
                         "$425 million in additional military aid for Kyiv.", aliases)
    assert (share.measure, share.value, share.qualifier) == ("percent", 40, "about")
    assert (aid.measure, aid.unit, aid.value) == ("money", "usd", 425_000_000)


def test_a_transcript_label_speaks_for_its_paragraphs(aliases) -> None:
    text = ("Q: Is it true that 5,000 troops are already in Kursk?\n\n"
            "MS. SINGH: We now believe that the DPRK has sent around 10,000 soldiers to train in eastern Russia.\n\n"
            "Some of those soldiers have already moved closer toward Ukraine, which is very concerning to us.")
    claims = extract_claims(doc(text, date(2024, 10, 28)), aliases)
    by_value = {c.value: c for c in claims if c.kind == "numeric"}
    assert 5000 not in by_value  # the question asserts nothing, and relays no one's figure
    assert by_value[10000].attributed_to == "Sabrina Singh" and by_value[10000].subject == "North Korea"
    statements = [c for c in claims if c.kind == "statement"]
    assert any("moved closer toward Ukraine" in c.quote and c.attributed_to == "Sabrina Singh" for c in statements)


def test_a_transcript_turn_is_of_the_day_its_header_names(aliases) -> None:
    text = ("Pentagon Press Briefing\n\nOctober 28, 2024 | 2:04 p.m. EDT\n\n"
            "MS. SINGH: We now assess that the DPRK has sent around 10,000 soldiers in total to eastern Russia.\n\n"
            "Q: What did you say before?\n\n"
            "MS. SINGH: Last week we said that at least 3,000 had been moved there.\n\n"
            "(The briefing concluded at 2:31 p.m. EDT.)\n\n"
            "Transcripts are not official records of the proceedings of the Department.")
    claims = extract_claims(doc(text, date(2024, 10, 30)), aliases)
    by_value = {c.value: c for c in claims if c.kind == "numeric"}
    # Said on the briefing's day, not the page's.
    assert by_value[10000].event_date == date(2024, 10, 28)
    # A figure the turn dates itself ("last week") keeps its own.
    assert by_value[3000].as_of != date(2024, 10, 28) and by_value[3000].event_date != date(2024, 10, 28)
    assert not [c for c in claims if c.attributed_to == "Sabrina Singh" and "official records" in c.quote]


def test_an_interviewer_relays_and_the_guest_speaks_on_the_interview_day(aliases) -> None:
    text = ("Ukraine's Defense Minister Rustem Umerov told KBS in an interview on Tuesday that the first clashes "
            "had taken place.\n\n"
            "ANCHOR: Some Ukrainian social media channels claim that dozens of North Korean soldiers were killed. "
            "Can you confirm that?\n\n"
            "UMEROV: I cannot confirm that. About 11,000 North Korean servicemen are in the Kursk region now.")
    claims = extract_claims(doc(text, date(2024, 11, 5)), aliases)
    dozens, now = [c for c in claims if c.kind == "numeric"]
    assert "social media channels" in (dozens.attributed_to or "")  # the question's source, not the anchor
    assert (now.attributed_to, now.event_date) == ("Rustem Umerov", date(2024, 11, 5))


def test_a_timeline_entry_dates_its_sentences_by_its_heading(aliases) -> None:
    text = ("Here is how the story unfolded.\n\n"
            "Oct. 23: White House spokesman John Kirby said at least 3,000 troops had been moved to eastern Russia. "
            "The NIS said roughly 3,000 North Korean soldiers had gone so far, and forecast 10,000 by December.\n\n"
            "Three weeks after the first reports, some 11,000 North Korean soldiers are in Russia, officials said.")
    claims = numeric(text, aliases, published=date(2024, 11, 8))
    dates = [(c.value, c.event_date) for c in claims]
    assert dates[:3] == [(3000, date(2024, 10, 23)), (3000, date(2024, 10, 23)), (10000, date(2024, 10, 23))]
    assert dates[-1] == (11000, None)  # the next paragraph is no longer the entry's


def test_what_each_soldier_is_paid_is_about_the_soldiers_not_the_payer(aliases) -> None:
    text = ("About 10,000 North Korean soldiers are in Russia, officials said. The NIS said Russia pays each soldier "
            "about $2,000 a month. Moscow is paying about $1,800 a month per soldier, the HUR said. Moscow spent "
            "$12 billion on the new North Korean soldiers' weapons.")
    subjects = {c.value: c.subject for c in numeric(text, aliases)}
    assert subjects[2000] == subjects[1800] == "North Korea"
    assert subjects[12_000_000_000] == "Russia"  # a sum with no rate per soldier stays the payer's


def test_history_time_references_and_corrections_are_no_claims(aliases) -> None:
    text = ("In October 1950 some 300,000 Chinese volunteers crossed the Yalu. Seventy-four years later, about "
            "10,000 North Korean soldiers are in Russia, the Pentagon said. Cuba had 36,000 troops in Angola within a "
            "year of arriving in 1975. It had counted 3,000 six days before. Four Russian landing ships carried 1,500 "
            "North Korean soldiers, the first "
            "time a Russian warship had entered North Korean waters since 1990.\n\n"
            "Correction: An earlier version of this article said the first group numbered 12,000.")
    assert [c.value for c in numeric(text, aliases, published=date(2024, 11, 2))] == [10000, 3000, 6, 4, 1500]


def test_a_peoples_plural_demonym_owns_its_figure(aliases) -> None:
    (c,) = numeric("Ten thousand North Koreans are now in Russia, the Pentagon said on Monday.", aliases)
    assert c.subject == "North Korea"  # not the place they are in


def test_the_speaker_whose_verb_governs_the_figure_is_its_origin(aliases) -> None:
    text = ("South Korea's National Intelligence Service told a closed-door session of parliament's intelligence "
            "committee that some 1,500 more North Korean soldiers had been sent to Russia, according to "
            "opposition lawmaker Park Sun-won.")
    (c,) = numeric(text, aliases)
    assert c.attributed_to == "South Korea NIS" and c.scope == "additional"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Bank of Korea said on Friday that the economy grew 0.1 percent.", "Bank of Korea"),
    ("American officials estimate that more than 600,000 Russian soldiers have been killed or wounded.",
     "United States officials"),
    ("President Yoon is expected to speak this week, as his approval rating slid to 19 percent.", None),
])
def test_speakers_named_without_an_alias(aliases, text, speaker) -> None:
    (c,) = numeric(text, aliases)
    assert c.attributed_to == speaker


def test_the_place_right_after_the_noun_and_a_country_inside_it(aliases) -> None:
    text = "Of the roughly 10,000 DPRK soldiers in Russia, about 8,000 were now in Kursk, Blinken said on Thursday."
    first, second = numeric(text, aliases, date(2024, 11, 1))
    assert (first.value, first.subject, first.place) == (10000, "North Korea", "Russia")
    assert (second.value, second.place) == (8000, "Kursk")


def test_a_weekday_in_a_past_clause_is_past_even_beside_a_future_one(aliases) -> None:
    text = "Yoon is expected to speak this week, as his approval rating slid to 19 percent in a poll released Friday."
    (c,) = numeric(text, aliases, date(2024, 11, 5))
    assert c.event_date == date(2024, 11, 1)


def test_presidential_administrations_speak_as_themselves(aliases) -> None:
    (kremlin,) = numeric("Putin held about 20 bilateral meetings in Kazan, the Kremlin said.", aliases)
    (white_house,) = numeric("The White House said it had seen at least 3,000 North Korean soldiers arrive in Russia.",
                             aliases)
    assert kremlin.attributed_to == "Kremlin"
    assert kremlin.subject == "Russia"  # meetings nobody owns are about who held them, not who said so
    assert white_house.attributed_to == "White House"
    assert white_house.subject == "North Korea"


def test_background_figures_do_not_inherit_the_last_speaker(aliases) -> None:
    text = ("South Korea's spy agency said 3,000 North Korean troops had arrived. "
            "They had been sent 1,500 more in a second batch. "
            "The training areas around Vladivostok lie more than 6,000 kilometers from Kursk.")
    claims = {c.value: c for c in numeric(text, aliases)}
    assert claims[3000].attributed_to == "South Korea NIS"
    assert claims[1500].attributed_to == "South Korea NIS"  # the speaker's story goes on
    assert claims[6000].attributed_to is None  # the outlet's own geography


def test_statement_dates_across_listener_and_place_and_counted_back(aliases) -> None:
    text = ("The vote comes a day after South Korea's spy agency said North Korea had sent 1,500 more soldiers "
            "to Russia. That brings the number of North Korean troops in Russia to some 3,000, the agency told "
            "lawmakers in Seoul on Wednesday.")
    claims = {c.value: c for c in numeric(text, aliases, published=date(2024, 10, 24))}
    assert claims[1500].event_date == date(2024, 10, 23)
    assert claims[3000].event_date == date(2024, 10, 23)


def test_an_age_has_no_event_date(aliases) -> None:
    (age,) = numeric("Choe, 60, held talks with Lavrov in Moscow on Friday.", aliases)
    assert age.measure == "age"
    assert age.event_date is None


def test_two_speakers_joined_by_and_keep_their_own_clauses(aliases) -> None:
    (c,) = numeric("Earlier in October, Zelensky said that North Korea was preparing about 10,000 soldiers to join "
                   "Russia's war, and the head of HUR, Kyrylo Budanov, has said the first units would be ready soon.",
                   aliases)
    assert c.value == 10000
    assert c.attributed_to == "Volodymyr Zelensky"


def test_a_city_possessive_starts_a_longer_name(aliases) -> None:
    (c,) = numeric("Seoul's spy agency told lawmakers that North Korea has sent 10,000 soldiers to Russia.", aliases)
    assert c.attributed_to == "South Korea NIS"


def test_the_agency_is_the_agency_last_named_not_the_last_speaker(aliases) -> None:
    text = ("The National Intelligence Service briefed lawmakers, according to Rep. Park Sun-won. "
            "Last Wednesday the agency had put the number of North Korean troops in Russia at around 3,000.")
    (c,) = numeric(text, aliases, published=date(2024, 10, 29))
    assert c.attributed_to == "South Korea NIS"


def test_an_official_who_puts_a_possible_deployment_at_a_range_gives_it(aliases) -> None:
    text = ("Mark Rutte said the alliance had no evidence that North Korean soldiers were fighting. An unnamed Western "
            "official, speaking to reporters the same day, put a possible deployment at anywhere from 2,000 to 12,000 "
            "troops.")
    (c,) = [c for c in numeric(text, aliases) if c.value_high == 12000]
    assert (c.value_low, c.attributed_to) == (2000, "Western official")
    # ("the first time he had put a number on the alleged deployment" reports nothing)
    assert not statements("Zelensky said 10,000 troops were ready, the first time he had put a number on the alleged "
                          "deployment.", aliases)


def test_an_agency_that_talks_of_a_figure_gives_it(aliases) -> None:
    (c,) = [c for c in numeric("The NIS talks of about 2,000 US dollars per soldier per month.", aliases)]
    assert (c.value, c.attributed_to) == (2000, "South Korea NIS")


def test_the_same_agency_is_the_agency_named_before(aliases) -> None:
    text = ("South Korea's National Intelligence Service said on Oct. 18 that North Korea had decided to send about "
            "12,000 soldiers. Volodymyr Zelensky said 10,000 were training there. On Oct. 23 the same agency "
            "told South Korean lawmakers that about 3,000 North Koreans were in Russia.")
    owners = {c.value: c.attributed_to for c in numeric(text, aliases, published=date(2024, 11, 3))}
    assert owners == {12000: "South Korea NIS", 10000: "Volodymyr Zelensky", 3000: "South Korea NIS"}


def statements(text: str, aliases, published: date | None = date(2024, 10, 23)):
    return [c for c in extract_claims(doc(text, published), aliases) if c.kind == "statement"]


def test_neither_confirmed_nor_denied_is_a_doubt_not_a_denial(aliases) -> None:
    (c,) = statements("The Kremlin has neither confirmed nor denied that North Korean soldiers are in Russia.", aliases)
    (d,) = statements("Dmitry Peskov denied that North Korean soldiers are in Russia.", aliases)
    assert (c.polarity, d.polarity) == ("uncertain", "deny")


def test_a_negated_reporting_verb_is_a_doubt_but_a_negation_in_the_speakers_phrase_is_not(aliases) -> None:
    (c,) = statements("The Kremlin has still not acknowledged the deployment.", aliases)
    (d,) = statements("An official who did not want to be named said North Korean troops were in Russia.", aliases)
    assert (c.polarity, d.polarity) == ("uncertain", "affirm")


def test_a_quote_before_told_is_what_was_said_not_the_listener(aliases) -> None:
    (c,) = statements('"There is evidence that there are DPRK troops in Russia," Austin told reporters in Rome, '
                      "where he was meeting Italian officials.", aliases)
    assert c.quote == "There is evidence that there are DPRK troops in Russia"
    assert c.attributed_to == "Lloyd Austin"
    assert c.subject == "North Korea"


def test_troops_said_to_be_somewhere_is_the_deployment_frame_with_its_region(aliases) -> None:
    (present,) = statements("Austin said there is evidence that North Korean troops are in Russia.", aliases)
    (kursk,) = statements("Rutte said North Korean military units had been deployed to the Kursk region.", aliases)
    assert present.measure == kursk.measure == "statement:deploy"
    assert (present.place, kursk.place) == (None, "Kursk")


def test_people_the_alias_table_does_not_know_speak_by_name(aliases) -> None:
    text = ("Japan's Vice Foreign Minister Okano Masataka told reporters that 500 North Korean troops had left. "
            "Deputy UN ambassador Linda Wood said 600 North Korean troops would return in body bags. "
            "Okano said 700 North Korean troops were in Russia. Wood said 800 North Korean troops had died.")
    speakers = {c.value: c.attributed_to for c in numeric(text, aliases)}
    assert speakers == {500: "Okano Masataka", 600: "Linda Wood", 700: "Okano Masataka", 800: "Linda Wood"}


def test_a_participle_speaks_for_its_main_clause_and_the_nearest_verb_governs(aliases) -> None:
    (told,) = numeric("On Tuesday, South Korea's spy agency went further, telling lawmakers that more than 10,000 "
                      "North Korean soldiers were in Russia, according to Yonhap.", aliases)
    assert told.attributed_to == "South Korea NIS"
    (relayed,) = numeric("The spy agency expects the North to send about 10,000 troops to Russia by December, "
                         "Park said.", aliases)
    assert relayed.attributed_to == "South Korea NIS"
    (so_called,) = numeric('Ukrainian media reported that Russia was forming a so-called "Buryat battalion" of '
                           "up to 3,000 North Korean soldiers.", aliases)
    assert so_called.attributed_to == "Ukraine media"


def test_officials_say_quoted_as_saying_and_complained_report_what_follows(aliases) -> None:
    (say,) = statements("Russian officials say the treaty is purely defensive and aimed at no third country.", aliases)
    assert say.attributed_to == "Russia officials"
    (quoted,) = statements('"Some of the troops may have already been deployed to the front," Lee quoted the NIS as '
                           "saying.", aliases)
    assert quoted.attributed_to == "South Korea NIS"
    (complained,) = statements("Zelensky complained that Kyiv's allies were watching the build-up instead of acting.",
                               aliases)
    assert complained.attributed_to == "Volodymyr Zelensky"
    assert statements("Hours later in Washington, Kirby said so.", aliases) == []  # a setting, not a statement


def test_miles_keep_their_figure_and_unit(aliases) -> None:
    (c,) = numeric("The Kursk region lies more than 4,000 miles west of Vladivostok.", aliases)
    assert (c.value, c.unit, c.measure) == (4000, "miles", "kilometres")


def test_a_figure_said_to_be_the_count_refers_to_the_storys_counted_thing(aliases) -> None:
    text = ("The Pentagon said 2,000 North Korean troops had arrived.\n\nParagraph two says nothing.\n\n"
            "Paragraph three neither.\n\nRutte did not say how many North Korean soldiers were in Kursk. A few hours "
            "later, the Pentagon put the overall figure at around 10,000.\n\nMS. SINGH: We've seen more arrive. "
            "The 10,000 figure is our current assessment of the total.\n\nQ: Last week the White House said at "
            "least 3,000. What changed?")
    claims = extract_claims(doc(text), aliases)
    counts = [(c.value, c.measure) for c in claims if c.kind == "numeric"]
    assert counts == [(2000, "troops"), (10000, "troops"), (10000, "troops"), (3000, "troops")]
    assert not [c for c in claims if c.kind == "statement" and c.attributed_to == "Mark Rutte"]  # he said nothing


def test_briefing_talk_is_no_statement(aliases) -> None:
    text = ("MS. SINGH: Good afternoon, everyone. I have a few things at the top and then I'll be happy to take your "
            "questions. North Korea has sent around 10,000 soldiers to train in eastern Russia.")
    found = statements(text, aliases) + numeric(text, aliases)
    assert [c.kind for c in found] == ["numeric"]


def test_figures_nobody_owns_are_about_who_acts_or_where_it_lies(aliases) -> None:
    text = ("North Korea has sent 3,000 troops to Russia, the NIS said. Putin held 20 meetings in Kazan. "
            "The training areas around Vladivostok lie more than 6,000 kilometers from Kursk.")
    subjects = {c.value: c.subject for c in numeric(text, aliases)}
    assert subjects == {3000: "North Korea", 20: "Russia", 6000: "Russia"}


def test_a_figure_given_by_and_a_poll_name_their_source_not_their_owner(aliases) -> None:
    (given,) = numeric("Washington's latest figure, given by Secretary of State Antony Blinken last Thursday, was "
                       "about 8,000 North Korean troops in Kursk.", aliases, published=date(2024, 11, 5))
    assert (given.attributed_to, given.subject, given.event_date) == ("Antony Blinken", "North Korea",
                                                                       date(2024, 10, 31))
    (poll,) = numeric("His approval rating slid to 19 percent in a Gallup Korea poll released Friday.", aliases)
    assert poll.attributed_to == "Gallup Korea"


def test_a_quote_before_said_comma_participle_and_a_verb_coordinated_with_but(aliases) -> None:
    kirby, calling = statements('"We do not yet know if these soldiers will enter into combat alongside the Russian '
                                'military," Kirby said, calling that possibility "highly concerning."', aliases)
    assert kirby.quote.startswith("We do not yet know")
    # (The participle's judgement is a statement of its own, Kirby's too: blind5 annotates it so.)
    assert calling.quote.startswith("possibility \"highly concerning") and calling.attributed_to == "John Kirby"
    found = statements("Russian President Vladimir Putin did not rule out the presence of North Korean personnel "
                       "in Russia, but said the matter was one for Moscow and Pyongyang to decide.", aliases)
    assert {c.attributed_to for c in found} == {"Vladimir Putin"}
    assert any(c.quote.startswith("the matter was one for") for c in found)


def test_a_second_verb_of_the_speaker_starts_a_second_statement(aliases) -> None:
    for text, first, second in [
        ('Zelensky called the deployment "an obvious escalation" by Russia and said the reaction of partners '
         "had been insufficient.", "the deployment", "the reaction of partners"),
        ("Blinken said Washington had not yet seen them fighting against Ukrainian forces but expected them to "
         "enter combat in the coming days.", "Washington had not yet seen", "them to enter combat"),
        ("Singh said some of those soldiers have already moved closer toward Ukraine, and we are increasingly "
         "concerned that Russia intends to use them.", "some of those soldiers", "we are increasingly concerned"),
    ]:
        found = statements(text, aliases)
        assert [c.quote.split(",")[0][: len(p)] for c, p in zip(found, (first, second))] == [first, second], text
        assert len({c.attributed_to for c in found}) == 1
    # A second verb that is not a speaker's stays inside the statement.
    (one,) = statements("Officials said the troops were trained and equipped in Russia's Far East.", aliases)
    assert one.quote.endswith("Far East")


def test_a_figure_said_to_be_the_count_before_any_count_takes_the_headlines_thing(aliases) -> None:
    d = Document(uri="mem://h", text="Rutte did not say how many were there. A few hours later, the Pentagon put the "
                 "overall figure at around 10,000.", title="NATO confirms North Korean troops are in Kursk",
                 published_at=datetime(2024, 10, 28, tzinfo=timezone.utc))
    (c,) = [c for c in extract_claims(d, aliases) if c.kind == "numeric"]
    assert (c.value, c.measure, c.subject) == (10000, "troops", "North Korea")
    plain = Document(uri="mem://p", text=d.text, title="NATO chief speaks", published_at=d.published_at)
    assert [c for c in extract_claims(plain, aliases) if c.kind == "numeric"] == []  # nothing counted anywhere


def test_a_statement_that_the_event_happened_belongs_to_the_articles_main_subject(aliases) -> None:
    text = ("North Korea has sent 1,500 troops to Russia, the NIS said. "
            "The spy agency said the movement of troops has already begun.")
    (moving,) = [c for c in statements(text, aliases) if "movement" in c.quote]
    assert (moving.measure, moving.subject) == ("statement:deploy", "North Korea")
    # A statement of no event frame keeps no owner it does not name.
    (other,) = statements("The NIS said the situation was very serious and getting worse every day.", aliases)
    assert other.subject is None


def test_denying_the_reports_denies_the_storys_event(aliases) -> None:
    text = ("North Korea has sent 3,000 troops to Russia, the NIS said. "
            'Kremlin spokesman Dmitry Peskov had earlier dismissed the reports as "fake news."')
    (peskov,) = [c for c in statements(text, aliases) if c.attributed_to == "Dmitry Peskov"]
    assert (peskov.measure, peskov.polarity, peskov.subject) == ("statement:deploy", "deny", "North Korea")
    # Mentioning reports without denying them asserts nothing about the event.
    (noted,) = statements("Peskov said the reports were being studied carefully by the ministry.", aliases)
    assert noted.measure == "statement"


def test_a_verb_coordinated_after_a_verb_phrase_belongs_to_the_clauses_subject(aliases) -> None:
    text = ("Putin said photos were a serious thing to consider. He then pointed to the defense treaty Russia "
            'signed with Pyongyang in June and said that how Moscow applied it was "our business."')
    found = statements(text, aliases)
    assert [c.attributed_to for c in found] == ["Vladimir Putin", "Vladimir Putin"]
    (nis,) = statements("The NIS tracked the troops Russia trained in the east and said the soldiers were ready "
                        "for combat in the Kursk region.", aliases)
    assert nis.attributed_to == "South Korea NIS"


def test_speakers_behind_asides_pronouns_roles_and_standalone_quotations(aliases) -> None:
    (austin,) = statements("Austin, who made a visit to Kyiv on Monday and announced a package of assistance there, "
                           "warned that Pyongyang joining the fighting would be a turning point.", aliases)
    assert (austin.attributed_to, austin.quote) == ("Lloyd Austin", "Pyongyang joining the fighting would be a turning point")
    found = statements("The NIS said North Korean troops were being trained in Russia. Russian instructors have also "
                       "been training them in the use of drones, it said.", aliases)
    assert [c.attributed_to for c in found] == ["South Korea NIS", "South Korea NIS"]
    found = statements("Vladimir Putin said the photos showed something serious. The head of state also said it was "
                       "the West that had escalated the conflict in Ukraine.", aliases)
    assert [c.attributed_to for c in found] == ["Vladimir Putin", "Vladimir Putin"]
    text = ('"If DPRK troops move into Ukraine, they will surely return in body bags," Wood said. "So I would advise '
            'Chairman Kim to think twice about engaging in such reckless behaviour."')
    assert [c.attributed_to for c in statements(text, aliases)] == ["Wood", "Wood"]
    # A quotation in a new paragraph, with nobody named, is nobody's.
    assert [c.attributed_to for c in statements(text.replace(' "So', '\n\n"So'), aliases)] == ["Wood"]


def test_a_participle_says_what_follows_it_however_short(aliases) -> None:
    (peskov,) = statements('Peskov struck a softer tone on Monday, saying the information on the subject was '
                           '"contradictory."', aliases)
    assert (peskov.attributed_to, peskov.quote) == ("Dmitry Peskov", 'the information on the subject was "contradictory')


def test_a_briefing_relayed_by_lawmakers_is_the_briefers_and_the_agency_is_the_last_one_named(aliases) -> None:
    text = ("South Korea's National Intelligence Service (NIS) arrived at a similar number on the same day. "
            "A second group of about 1,500 soldiers has left for Russia, the agency told parliament's intelligence "
            "committee behind closed doors, according to lawmakers who attended. That brings the North Korean "
            "contingent to around 3,000.")
    found = [c for c in extract_claims(doc(text, date(2024, 10, 23)), aliases) if c.kind == "numeric"]
    assert [(c.value, c.attributed_to) for c in found] == [(1500, "South Korea NIS"), (3000, "South Korea NIS")]
    assert found[0].quote.startswith("A second group of about 1,500 soldiers")
    # Lawmakers quoting a named source still relay it; a source cited by name stays the origin.
    (park,) = [c for c in statements("Park said, citing the NIS, that the soldiers were struggling with the "
                                     "Russian language.", aliases)]
    assert park.attributed_to == "South Korea NIS"
    # Lawmakers who sat in on the agency's briefing relay it, named in a clause after them.
    sat_in = numeric("Lawmakers who sat in on a closed briefing by the National Intelligence Service here yesterday "
                     "said about 1,500 more North Korean soldiers had been sent to Russia, bringing the total to "
                     "around 3,000.", aliases, date(2024, 10, 24))
    assert [(c.value, c.attributed_to) for c in sat_in] == [(1500, "South Korea NIS"), (3000, "South Korea NIS")]
    # "Lawmaker Lee", capitalised, is a lawmaker too; and "briefing reporters" is an aside before his verb.
    later = ("South Korea's National Intelligence Service told lawmakers on Tuesday that over 10,000 North Korean "
             "soldiers have been sent to Russia, Yonhap news agency reported.\n\nLawmaker Lee Seong-kweun, briefing "
             "reporters after the session, said the agency had identified the commander. The soldiers are being "
             "taught about 100 basic Russian military terms, he said.")
    assert [(c.value, c.attributed_to) for c in numeric(later, aliases, date(2024, 10, 29))] == \
        [(10000, "South Korea NIS"), (100, "South Korea NIS")]


def test_parenthetical_speakers_short_judgements_and_since(aliases) -> None:
    found = statements("Austin said the troops had arrived in Russia last week. If they were used against Ukraine, "
                       'he warned, they would be "fair game" for Ukrainian forces.', aliases)
    (fair,) = [c for c in found if "fair game" in c.quote or "used against" in c.quote]
    assert fair.attributed_to == "Lloyd Austin" and fair.quote.startswith("If they were used against Ukraine")
    (yermak,) = statements('"This is an escalation," wrote Andriy Yermak, the head of the presidential office.', aliases)
    assert (yermak.quote, yermak.measure) == ("This is an escalation", "statement:escalation")
    assert statements('"This is a thing," wrote Andriy Yermak.', aliases) == []  # too short to check
    (wh,) = statements("The White House, which put the number at 3,000, has since said North Korean soldiers who "
                       "join the fighting would be legitimate targets.", aliases)
    assert wh.attributed_to == "White House"


def test_an_owner_is_not_the_speaker_and_not_confirmed_is_uncertain(aliases) -> None:
    found = statements("Dmitry Peskov, Vladimir Putin's spokesperson, told reporters on Monday that the information "
                       "was \"contradictory\", pointing out that Seoul's claims had not been confirmed by the Pentagon.",
                       aliases)
    assert {c.attributed_to for c in found} == {"Dmitry Peskov"}
    (confirmed,) = [c for c in found if "confirmed" in c.quote]
    assert confirmed.polarity == "uncertain"


def test_a_figure_out_of_a_larger_one_is_a_part_of_it(aliases) -> None:
    text = ("Blinken said that, of the roughly 10,000 North Korean soldiers in Russia, about 8,000 were now in Kursk. "
            "Some 11,000 troops were sent, among them 500 officers, the NIS said. "
            "A group of about 1,500 soldiers arrived, the NIS said.")
    found = {c.value: c.scope for c in extract_claims(doc(text, date(2024, 11, 1)), aliases) if c.kind == "numeric"}
    assert found == {10000: None, 8000: "part", 11000: None, 500: "part", 1500: None}


def test_a_bare_figure_someone_states_counts_the_storys_thing_and_a_semicolon_ends_what_was_said(aliases) -> None:
    text = ("About 10,000 North Korean soldiers are in Russia, the Pentagon said on Monday.\n\n"
            "Officials met in Brussels. Ministers talked for hours.\n\n"
            "How many are there now?\n\n"
            "South Korea's spy agency said last Wednesday that roughly 3,000 had arrived; the Pentagon now puts "
            "the number at around 10,000.")
    found = [(c.value, c.measure, c.attributed_to) for c in extract_claims(doc(text, date(2024, 10, 28)), aliases)
             if c.kind == "numeric"]
    assert found == [(10000, "troops", "US Department of Defense"), (3000, "troops", "South Korea NIS"),
                     (10000, "troops", "US Department of Defense")]


def test_the_size_of_a_contingent_counts_troops_and_a_count_of_brigades_counts_units(aliases) -> None:
    text = "That brings the North Korean contingent to around 3,000. Pyongyang has formed four brigades, the NIS said."
    found = {c.value: c.measure for c in extract_claims(doc(text, date(2024, 10, 23)), aliases) if c.kind == "numeric"}
    assert found == {3000: "troops", 4: "units"}


def test_appositives_roles_with_of_and_who_added_after_an_inversion(aliases) -> None:
    (whitlam,) = statements("Dr Peter Whitlam, a Korea specialist based in Canberra, said the fighting in Kursk would "
                            "give Pyongyang its first real combat experience in decades.", aliases)
    assert whitlam.attributed_to == "Peter Whitlam"
    (resident,) = statements("A resident of North Hamgyong province, who asked not to be named, told RFA Korean that "
                             "families of soldiers in her area had heard nothing from their sons.", aliases)
    assert resident.attributed_to == "resident"
    found = statements("Some had already moved closer to Ukraine, said deputy press secretary Sabrina Singh, who added "
                       "that Washington was increasingly concerned Russia intended to use them in combat.", aliases)
    assert [c.attributed_to for c in found] == ["Sabrina Singh", "Sabrina Singh"]
    assert found[1].quote.startswith("Washington was increasingly concerned")


def test_bare_figures_after_a_dash_a_quote_or_named_as_a_total_of(aliases) -> None:
    text = ("About 10,000 North Korean soldiers are in Russia, the Pentagon said. The NIS said more than 10,000 -- a "
            'revision of its own figure. Officials estimated that "a few thousand" at most were combat-ready. '
            "That is what the NIS's planned total of 12,000 implied.")
    found = [(c.value, c.value_low, c.measure) for c in extract_claims(doc(text, date(2024, 11, 5)), aliases)
             if c.kind == "numeric"]
    assert found == [(10000, None, "troops"), (10000, 10000, "troops"), (None, 2000, "troops"), (12000, None, "troops")]


def test_the_agency_after_another_verb_and_put_the_whole_contingent_at(aliases) -> None:
    found = [c for c in extract_claims(doc(
        "Lawmakers who sat through a closed-door briefing by South Korea's National Intelligence Service said the "
        "agency estimates that roughly three thousand North Korean troops have reached Russia so far. "
        "How many? The HUR puts the whole contingent at about 12,000 military personnel. "
        "On October 23, the NIS told lawmakers that about 3,000 were in Russia; the White House the same day "
        "said at least 3,000.", date(2024, 10, 25)), aliases) if c.kind == "numeric"]
    assert [(c.value, c.attributed_to) for c in found] == [
        (3000, "South Korea NIS"), (12000, "Ukraine HUR"), (3000, "South Korea NIS"), (3000, "White House")]


def test_a_relative_aside_keeps_its_own_date_and_the_main_verb_dates_its_figure(aliases) -> None:
    text = ("South Korea's intelligence service, which a week ago counted about 3,000 troops, told lawmakers on "
            "Tuesday that there were now more than 10,000 troops.")
    claims = {c.value: c for c in numeric(text, aliases, published=date(2024, 11, 1))}
    assert claims[10000].event_date == date(2024, 10, 29)  # "told lawmakers on Tuesday"
    # "a week ago", the aside's own: a week, not a day (as "last week"), so as of that week only
    assert (claims[3000].event_date, claims[3000].as_of) == (None, date(2024, 10, 25))
    assert claims[3000].attributed_to == claims[10000].attributed_to == "South Korea NIS"


def test_an_agencys_figure_belongs_to_the_country_whose_troops_the_article_counts(aliases) -> None:
    text = ("The first North Korean units arrived in the Kursk region, Ukraine's intelligence agency said. "
            "North Korean soldiers have been training in the east, North Korean troops in the west, it said. How many? The HUR puts the whole contingent at "
            "about 12,000 military personnel. South Korea's NIS told lawmakers that around 3,000 had reached Russia. "
            "Those are counts of who has arrived so far - the HUR's 12,000 is the full force.")
    found = [(c.value, c.subject) for c in numeric(text, aliases, published=date(2024, 10, 25))]
    assert found == [(12000, "North Korea"), (3000, "North Korea"), (12000, "North Korea")]


def test_a_speaker_joined_by_and_and_a_pronoun_after_the_person_a_sentence_opens_with(aliases) -> None:
    text = ("NATO said it had confirmed units in Russia's Kursk region and the Pentagon put the total at around "
            "10,000 North Korean troops. Ukraine's defence minister, Rustem Umerov, went further: the first clashes "
            "had taken place, he told broadcaster KBS, and he spoke of up to 15,000 North Korean troops.")
    claims = extract_claims(doc(text, date(2024, 11, 5)), aliases)
    figures = {c.value or c.value_high: c.attributed_to for c in claims if c.kind == "numeric"}
    assert figures == {10000: "US Department of Defense", 15000: "Rustem Umerov"}
    (nato,) = [c for c in claims if c.kind == "statement" and c.attributed_to == "NATO"]
    assert nato.quote == "units in Russia's Kursk region"


def test_he_in_the_next_sentence_is_the_sentences_speaker_not_one_quoted_inside_it(aliases) -> None:
    text = ("Kremlin spokesman Dmitry Peskov told reporters Monday that there was a great deal of contradictory "
            "information, noting that Seoul had said one thing while the Pentagon said it had no confirmation. "
            "He said developing relations with Pyongyang was Russia's sovereign right. "
            "The United States assesses that North Korea moved at least 3,000 soldiers into eastern Russia, Kirby "
            "told reporters. He said they would probably reinforce Russian units near Ukraine.")
    said = {c.quote: c.attributed_to for c in statements(text, aliases)}
    assert said["developing relations with Pyongyang was Russia's sovereign right"] == "Dmitry Peskov"
    assert said["they would probably reinforce Russian units near Ukraine"] == "John Kirby"


def test_the_same_day_and_the_next_day_count_from_the_day_last_named(aliases) -> None:
    text = ("On October 23, the NIS told lawmakers that about 3,000 North Korean troops were in Russia; the White "
            "House the same day said at least 3,000. The next day Ukraine's military intelligence, the HUR, put the "
            "contingent at around 12,000. The NIS had put the figure at about 3,000 the same day.")
    found = [(c.value, c.event_date, c.measure) for c in numeric(text, aliases, published=date(2024, 11, 5))]
    assert found == [(3000, date(2024, 10, 23), "troops"), (3000, date(2024, 10, 23), "troops"),
                     (12000, date(2024, 10, 24), "troops"), (3000, date(2024, 10, 24), "troops")]
    # With no day named before it, "the same day" is no date at all.
    (alone,) = numeric("Kirby said the same day that 3,000 troops had arrived.", aliases, date(2024, 11, 5))
    assert alone.event_date is None


def test_n_of_them_is_a_part_of_the_figure_before(aliases) -> None:
    text = ("The Pentagon says 10,000 North Korean troops are in Russia. On October 31, Secretary of State "
            "Antony Blinken said 8,000 of them were in Kursk.")
    found = [(c.value, c.scope, c.place) for c in numeric(text, aliases, published=date(2024, 11, 5))]
    assert found == [(10000, None, "Russia"), (8000, "part", "Kursk")]


def test_another_fake_denies_but_fake_papers_do_not(aliases) -> None:
    said = {c.quote: c.polarity for c in statements(
        "Peskov called the reports \"another fake,\" the Kremlin said. Seoul's spy agency said the troops were "
        "handed fake identification cards.", aliases)}
    assert said['the reports "another fake'] == "deny"
    assert said["the troops were handed fake identification cards"] == "affirm"


def test_its_military_intelligence_is_that_of_the_country_last_named(aliases) -> None:
    (figure,) = numeric("Ukraine says North Korean troops are gathering. Its military intelligence has said about "
                        "12,000 troops are in Russia.", aliases, published=date(2024, 10, 28))
    assert figure.attributed_to == "Ukraine HUR"


def test_officers_keep_their_rank_and_including_marks_a_part(aliases) -> None:
    text = ("Around 12,000 North Korean soldiers, including 500 officers, are in Russia, the HUR said. "
            "Six North Korean officers were killed, Ukrainian media reported.")
    found = {c.value: (c.measure, c.measure_detail, c.scope) for c in extract_claims(doc(text), aliases)
             if c.kind == "numeric"}
    assert found[12000] == ("troops", None, None)
    assert found[500] == ("troops", "officers", "part")
    assert found[6][1] == "officers"


def test_a_relative_clause_keeps_its_own_mood_and_place(aliases) -> None:
    text = ("The White House, which on October 23 put the number of North Korean troops in eastern Russia at no "
            "fewer than 3,000, has "
            "since said North Korean soldiers who join the fighting would be legitimate targets. "
            "South Korea's spy agency said last week that more than 10,000 had been sent to Russia, some of whom "
            "might already be near the front line.")
    found = {c.value: c for c in extract_claims(doc(text, date(2024, 11, 5)), aliases) if c.kind == "numeric"}
    assert found[3000].modality == "actual"
    assert found[10000].place != "front line"


def test_the_whole_after_out_of_does_not_take_the_parts_place(aliases) -> None:
    text = ("Blinken said about 8,000 North Korean soldiers were now in the Kursk region, out of roughly 10,000 "
            "the US says were sent in all.")
    found = {c.value: c.place for c in extract_claims(doc(text, date(2024, 11, 1)), aliases) if c.kind == "numeric"}
    assert found == {8000: "Kursk", 10000: None}


def test_a_speaker_reported_according_to_someone_stays_the_origin(aliases) -> None:
    text = ("About 10,000 North Korean troops are in Russia, the NIS said, according to lawmaker Kim Min-jun. "
            "Some 3,000 North Korean troops were in Russia, Kim said, citing the NIS.")
    found = {c.value: (c.attributed_to, c.attribution_chain) for c in extract_claims(doc(text), aliases)
             if c.kind == "numeric"}
    assert found[10000] == ("South Korea NIS", "Kim Min-jun > South Korea NIS")
    assert found[3000][0] == "South Korea NIS"


def test_a_day_named_for_one_speaker_does_not_cross_a_semicolon_to_another(aliases) -> None:
    text = ("South Korea's spy agency said last Wednesday that roughly 3,000 North Korean troops had arrived; the "
            "Pentagon now puts the number at around 10,000. "
            "The NIS said on Friday that 1,500 North Korean troops had arrived, while Ukraine's military spy chief "
            "estimated that nearly 11,000 North Korean soldiers were training in Russia.")
    found = {c.value: c.event_date for c in extract_claims(doc(text, date(2024, 10, 28)), aliases)
             if c.kind == "numeric"}
    assert found == {3000: date(2024, 10, 23), 10000: None, 1500: date(2024, 10, 25), 11000: date(2024, 10, 25)}


def test_a_participle_before_a_plural_noun_is_its_modifier_not_the_end_of_the_phrase(aliases) -> None:
    text = "The soldiers were trained at five military training grounds in eastern Russia, the HUR said."
    assert [c for c in extract_claims(doc(text), aliases) if c.kind == "numeric" and c.measure == "troops"] == []


def test_first_shipped_is_a_first_batch_and_the_total_keeps_its_own_mood(aliases) -> None:
    text = ("North Korea has sent about 3,000 soldiers to Russia so far and the total could reach 10,000 by December, "
            "South Korea's National Intelligence Service told lawmakers on Wednesday. According to lawmaker Lee, the "
            "agency said the North had first shipped some 1,500 special forces.")
    found = {c.value: c for c in extract_claims(doc(text, date(2024, 10, 23)), aliases) if c.kind == "numeric"}
    assert (found[3000].modality, found[10000].modality) == ("actual", "planned")
    assert found[1500].scope == "first_batch"
    assert found[1500].attributed_to == "South Korea NIS"


def test_a_day_after_a_figure_is_when_not_what_it_counts(aliases) -> None:
    text = "North Korea sent 1,500 special forces in mid-October, followed by a second group of 1,500 last week, the NIS said."
    found = [(c.value, c.measure, c.scope) for c in extract_claims(doc(text, date(2024, 10, 29)), aliases)
             if c.kind == "numeric"]
    assert (1500, "troops", "second_batch") in found and all(m != "weeks" for _, m, _ in found)


def test_troops_moved_to_the_front_are_not_the_troops_sent_to_russia(aliases) -> None:
    (front,) = statements("Some of the troops have moved closer to the front line, the Pentagon said.", aliases)
    (sent,) = statements("North Korean troops have already been sent to Russia, the spy agency said.", aliases)
    (fighting,) = statements("Ukraine said North Korean troops were fighting alongside Russian forces.", aliases)
    assert (front.measure, sent.measure, fighting.measure) == ("statement:front", "statement:deploy",
                                                               "statement:clash")


def test_a_denial_of_the_troops_is_about_their_owner_not_the_speakers_country(aliases) -> None:
    (denial,) = statements("Dmitry Peskov said the reports that Russia had received North Korean troops were fake.",
                           aliases)
    assert (denial.polarity, denial.measure, denial.subject) == ("deny", "statement:deploy", "North Korea")


def test_a_countrys_people_are_its_troops_in_a_story_headlined_about_troops(aliases) -> None:
    text = "On Oct. 23, the White House said at least 3,000 North Koreans had arrived in Russia's Far East."
    when = datetime(2024, 11, 5, tzinfo=timezone.utc)
    troops_story = Document(uri="mem://a", text=text, title="North Korean Troops in Russia Now Number 12,000",
                            published_at=when)
    other_story = Document(uri="mem://b", text=text, title="Seoul weighs new visa rules", published_at=when)
    (in_troops_story,) = [c for c in extract_claims(troops_story, aliases) if c.kind == "numeric"]
    (in_other_story,) = [c for c in extract_claims(other_story, aliases) if c.kind == "numeric"]
    assert (in_troops_story.value_low, in_troops_story.measure) == (3000, "troops")
    assert in_other_story.measure == "people"  # nothing says these people are soldiers


def test_a_counts_owner_speaks_and_a_part_of_whom_has_its_own_place(aliases) -> None:
    whole, part = numeric("Washington's latest count puts the North Korean contingent at roughly 10,000, of whom "
                          "about 8,000 are in the Kursk region, where Ukrainian forces have held territory since "
                          "August.", aliases, date(2024, 11, 3))
    assert (whole.value, whole.attributed_to, whole.place) == (10000, "United States", None)
    assert (part.value, part.attributed_to, part.place) == (8000, "United States", "Kursk")
    assert "8,000" not in whole.quote


def test_a_speaker_after_its_own_relative_clause_keeps_each_verbs_figure_and_day(aliases) -> None:
    plan, sent = numeric("Seoul's National Intelligence Service (NIS), which said on Oct 18 that the North planned "
                         "to send 12,000 soldiers, told lawmakers on Oct 29 that more than 10,000 had already gone.",
                         aliases, date(2024, 11, 8))
    assert (plan.value, plan.attributed_to, plan.event_date) == (12000, "South Korea NIS", date(2024, 10, 18))
    assert (sent.value_low, sent.attributed_to, sent.event_date) == (10000, "South Korea NIS", date(2024, 10, 29))


def test_officials_who_warn_in_the_present_tense_are_the_speakers(aliases) -> None:
    (c,) = numeric('North Korea\'s foreign minister has pledged that Pyongyang will stand by Russia "until victory '
                   'day", as US officials warn that more than ten thousand North Korean soldiers are now in Russia.',
                   aliases, date(2024, 11, 3))
    assert (c.value_low, c.attributed_to) == (10000, "United States")


def test_a_figure_of_the_soldiers_is_a_part_of_them(aliases) -> None:
    part, whole = numeric("Blinken said about 8,000 of the soldiers had moved to a Russian region bordering Ukraine, "
                          "out of the 10,000 North Korean troops he said were in Russia.", aliases, date(2024, 11, 1))
    assert (part.value, part.scope) == (8000, "part")
    assert whole.value == 10000 and whole.scope != "part"
    (alone,) = numeric("Kim said 12,000 North Korean soldiers had gone.", aliases)
    assert alone.scope is None


def test_a_figure_followed_by_who_gave_it_is_theirs_and_not_dated_by_a_later_verb(aliases) -> None:
    text = ("The Pentagon said on Monday that 11,000 to 12,000 North Korean troops are in Russia. The new range is "
            "up from the roughly 10,000 the department gave a week earlier, and far above the at least 3,000 the "
            "White House cited on Oct. 23, when officials first confirmed the deployment.")
    new, earlier, first = numeric(text, aliases, date(2024, 11, 5))
    assert (new.value_low, new.attributed_to) == (11000, "US Department of Defense")
    assert (earlier.value, earlier.attributed_to, earlier.event_date) == (10000, "US Department of Defense", None)
    assert earlier.as_of is not None and earlier.as_of < date(2024, 11, 4)  # "up from": an earlier figure
    assert (first.value_low, first.attributed_to, first.event_date) == (3000, "White House", date(2024, 10, 23))
    (whole,) = [c for c in numeric("About 8,000 North Korean troops are in Kursk, Blinken said. That is out of "
                                   "roughly 10,000 the US says were sent to Russia overall.", aliases)
                if c.value == 10000]
    assert whole.attributed_to == "United States"


def test_he_is_the_person_who_spoke_not_the_agency_they_cited(aliases) -> None:
    text = ("President Volodymyr Zelensky said on Friday, citing Ukrainian intelligence, that Russia could start "
            "using North Korean troops in combat zones on October 27-28. He described North Korea's involvement as "
            "an escalation by Russia.")
    (described,) = [c for c in extract_claims(doc(text, date(2024, 10, 25)), aliases) if "escalation" in c.quote]
    assert described.attributed_to == "Volodymyr Zelensky"


def test_speakers_named_in_relative_clauses_roles_and_news_agencies(aliases) -> None:
    (flight,) = numeric("Choe's visit came a day after North Korea test-launched a new intercontinental ballistic "
                        "missile, which Japan said flew for 86 minutes.", aliases, date(2024, 11, 2))
    assert (flight.value, flight.attributed_to) == (86, "Japan")
    (cited,) = [c for c in numeric("Miller said on Monday that more than 10,000 of the soldiers had moved into the "
                                   "Kursk region, up from the roughly 8,000 that Secretary of State Antony Blinken "
                                   "cited last week.", aliases, date(2024, 11, 5)) if c.value == 8000]
    assert cited.attributed_to == "Antony Blinken"
    (close,) = [c for c in extract_claims(doc(
        "North Korea's top diplomat pledged on Friday that Pyongyang would back Russia, speaking in Moscow as "
        "Western governments said thousands of North Korean soldiers were close to entering the fighting."), aliases)
        if c.kind == "numeric"]
    assert close.attributed_to == "Western governments"
    (missile,) = [c for c in extract_claims(doc("The Korean Central News Agency said on Friday that the missile was "
                                                "a new solid-fuel Hwasong-19."), aliases)]
    assert missile.attributed_to == "KCNA"


def test_a_participle_of_the_setting_between_speaker_and_verb_is_skipped(aliases) -> None:
    (concern,) = extract_claims(doc("The defense ministers of the Group of Seven, meeting in Naples on Saturday, also "
                                    "expressed concern over the deepening military cooperation between Russia and "
                                    "North Korea."), aliases)
    assert concern.attributed_to == "Group of Seven"  # not "Naples on Saturday"


def test_the_day_after_a_setting_of_any_length_dates_what_was_said(aliases) -> None:
    (committee,) = [c for c in numeric(
        "South Korea's National Intelligence Service told a closed-door meeting of the National Assembly's "
        "intelligence committee on Wednesday that the North had sent about 3,000 soldiers.", aliases,
        date(2024, 10, 24))]
    assert committee.event_date == date(2024, 10, 23)
    (address,) = numeric("Ukrainian President Volodymyr Zelensky said in his nightly address Monday that there were "
                         "11,000 North Korean troops in Kursk.", aliases, date(2024, 11, 5))
    assert address.event_date == date(2024, 11, 4)
    (later,) = numeric("Matthew Miller said later Monday that more than 10,000 of the soldiers had moved into "
                       "Kursk.", aliases, date(2024, 11, 5))
    assert later.event_date == date(2024, 11, 4)


def test_of_them_belongs_to_the_thing_named_not_to_the_speakers_country(aliases) -> None:
    (c,) = numeric("The Japanese government said on Thursday it was gravely concerned about reports that North "
                   "Korean soldiers have been sent to Russia, a day after South Korean and U.S. officials said some "
                   "3,000 of them were already there.", aliases, date(2024, 10, 24))
    assert (c.value, c.measure, c.subject) == (3000, "troops", "North Korea")


def test_an_agency_that_projected_a_figure_on_a_named_day_said_it_that_day(aliases) -> None:
    text = ("South Korea's National Intelligence Service now believes more than 10,000 North Korean soldiers have "
            "been sent to Russia. Lee Seong-kweun, a lawmaker, said the agency could not confirm they had fought. "
            "On Oct. 23 the agency had projected that the deployment could reach 10,000 by December.")
    (plan,) = [c for c in numeric(text, aliases, date(2024, 10, 29)) if c.modality == "planned"]
    assert (plan.value, plan.attributed_to, plan.event_date) == (10000, "South Korea NIS", date(2024, 10, 23))


def test_terms_and_words_are_one_measure(aliases) -> None:
    (terms,) = numeric("The NIS said Russian instructors were teaching the soldiers about 100 military terms.", aliases)
    (words,) = numeric("The NIS said the soldiers had learned some 100 Russian words.", aliases)
    assert terms.measure == words.measure == "words"


def test_a_figure_said_when_a_period_began_is_as_of_that_period(aliases) -> None:
    (c,) = numeric("Chinese officials have avoided questions on the issue since mid-October, when South Korea's spy "
                   "agency first said that 1,500 North Korean special forces had been shipped to Russia.", aliases,
                   date(2024, 11, 1))
    assert (c.attributed_to, c.event_date, c.as_of) == ("South Korea NIS", None, date(2024, 10, 15))  # its middle


def test_a_figure_said_in_a_period_is_matched_as_of_its_middle(aliases) -> None:
    # Published on Monday Nov. 4: "last week" is Oct. 28 - Nov. 3, "late last month" Oct. 21 - 31. A figure said
    # at some time in them is as likely said on the Thursday as on the Monday.
    (week,) = numeric("The NIS said last week that more than 10,000 North Korean soldiers were in Russia.", aliases,
                      date(2024, 11, 4))
    (late,) = numeric("South Korea's spy agency assessed late last month that more than 10,000 troops had been sent.", aliases,
                      date(2024, 11, 4))
    assert (week.event_date, week.as_of) == (None, date(2024, 10, 31))
    assert (late.event_date, late.as_of) == (None, date(2024, 10, 26))


def test_a_joining_clause_is_its_own_and_a_figure_before_its_giver_keeps_its_noun(aliases) -> None:
    second, first = numeric("The NIS said on Monday that a second group of roughly 1,500 troops was moved this week, "
                            "joining the 1,500 special forces the agency said last week had already been shipped.",
                            aliases, date(2024, 10, 23))
    assert second.scope == "second_batch" and "joining" not in second.quote
    assert first.quote == "the 1,500 special forces" and first.as_of is not None and first.as_of < date(2024, 10, 21)


def test_minutes_are_a_measure_of_their_own(aliases) -> None:
    text = ("North Korea fired 3 missiles on Thursday, Seoul said. Japan's defence ministry said the missile flew "
            "for 86 minutes.")
    (flight,) = [c for c in numeric(text, aliases, date(2024, 11, 1)) if c.value == 86]
    assert flight.measure == "minutes"


def test_a_verbs_own_day_wins_over_the_day_opening_the_sentence(aliases) -> None:
    blinken, pentagon = numeric("On Thursday, U.S. Secretary of State Antony Blinken said some 8,000 North Korean "
                                "soldiers were in the Kursk region, part of what the Pentagon on Monday said were "
                                "about 10,000 troops sent to Russia in all.", aliases, date(2024, 11, 2))
    assert (blinken.value, blinken.event_date) == (8000, date(2024, 10, 31))
    assert (pentagon.value, pentagon.event_date) == (10000, date(2024, 10, 28))


def test_a_day_after_an_opening_adverb_dates_the_sentence(aliases) -> None:
    (flight,) = [c for c in numeric("Also on Thursday, North Korea launched a new solid-fuel intercontinental "
                                    "ballistic missile, which flew for 86 minutes -- the longest flight time it has "
                                    "recorded -- according to Japan's defence ministry.", aliases, date(2024, 11, 1))
                 if c.value == 86]
    assert flight.event_date == date(2024, 10, 31)


def test_a_figure_followed_by_when_it_was_given_is_still_a_count(aliases) -> None:
    text = ("The NIS said more than 10,000 North Korean troops had been sent. Ukraine's military intelligence had "
            "put the number already in Russia at about 12,000 as early as Oct. 24.")
    (hur,) = [c for c in numeric(text, aliases, date(2024, 11, 5)) if c.value == 12000]
    assert (hur.measure, hur.attributed_to, hur.event_date) == ("troops", "Ukraine HUR", date(2024, 10, 24))


def test_a_nameless_spokesperson_speaks_for_the_body_quoted_before(aliases) -> None:
    text = ("China's foreign ministry said on Friday that it was not aware of the details.\n\n"
            "\"China's position on the Ukraine crisis is consistent and clear,\" a ministry spokesman told a "
            "regular briefing in Beijing. He said China was not a party to the conflict.")
    said = [c for c in extract_claims(doc(text, date(2024, 11, 1)), aliases) if c.kind == "statement"]
    assert {c.attributed_to for c in said} == {"China foreign ministry"}
    nato = [c for c in extract_claims(doc("In Brussels, NATO said it still could not confirm that North Korean troops "
                                          "were fighting. A spokesperson said allies were consulting closely."),
                                      aliases) if "consulting" in c.quote]
    assert [c.attributed_to for c in nato] == ["NATO"]


def test_a_figure_given_a_week_before_the_statement_is_dated_back(aliases) -> None:
    washington, white_house = numeric(
        "Washington claimed on Monday that \"around 10,000\" North Korean troops had been sent to eastern Russia, "
        "a week after the White House put the number at 3,000.", aliases, date(2024, 10, 31))
    assert (washington.value, washington.measure, washington.event_date) == (10000, "troops", date(2024, 10, 28))
    assert (white_house.value, white_house.as_of, white_house.event_date) == (3000, date(2024, 10, 21), None)
    (vote,) = numeric("The vote comes a day after South Korea's intelligence agency said North Korea had sent roughly "
                      "1,500 more soldiers to Russia.", aliases, date(2024, 10, 24))
    assert (vote.event_date, vote.as_of) == (date(2024, 10, 23), None)  # the day of the saying, not an earlier figure


def test_the_bullets_under_a_read_also_or_key_points_header_are_page_furniture(aliases) -> None:
    text = ("Ukraine's military intelligence said about 12,000 North Korean troops were in Russia.\n\nRead also:\n\n"
            "- Budanov: 11,000 North Korean troops to be ready by November 1\n\n"
            "- NIS: 1,500 North Korean special forces already in Vladivostok\n\n"
            "The NIS said on Friday that 1,500 special forces had been shipped.")
    assert sorted(c.value for c in numeric(text, aliases)) == [1500, 12000]
    assert all("Budanov" not in c.quote for c in numeric(text, aliases))
    italic = "The NIS said 1,500 soldiers had left.\n\n*Read More: The 9 Countries That Have Nuclear Weapons*"
    assert [c.value for c in numeric(italic, aliases)] == [1500]  # a link set in italics is furniture too
    stamped = "The NIS said 1,500 soldiers had left.\n\n**Updated 14:05:** The NIS said 3,000 soldiers had left."
    assert [c.value for c in numeric(stamped, aliases)] == [1500, 3000]  # a bold stamp opens an entry


def test_a_list_of_figures_cited_per_their_source(aliases) -> None:
    text = ("By the numbers:\n\n- 10,000+: North Korean troops in Russia, per South Korea's NIS\n\n"
            "- 8,000: North Korean troops in Kursk, per the U.S.\n\nRussia pays $2,000 per soldier a month.")
    russia, kursk, pay = numeric(text, aliases, date(2024, 11, 1))
    assert (russia.value, russia.qualifier, russia.measure, russia.place, russia.attributed_to) == \
        (10000, "at_least", "troops", "Russia", "South Korea NIS")
    assert (kursk.value, kursk.place, kursk.attributed_to) == (8000, "Kursk", "United States")
    assert pay.attributed_to is None or "soldier" not in pay.attributed_to  # "per soldier" cites nobody
    (us,) = numeric("North Korea has sent some 10,000 troops to Russia, according to the U.S.", aliases)
    assert us.attributed_to == "United States"
    # A week's figures, each a line "figure – what it counts": "+" and a dash between them.
    week = ("8 000 \u2013 North Korean soldiers in Kursk, according to the U.S.\n\n"
            "10 000+ \u2013 North Korean soldiers in Russia altogether, according to South Korea's NIS.")
    kursk, russia = numeric(week, aliases, date(2024, 11, 2))
    assert (kursk.value, kursk.measure, kursk.attributed_to) == (8000, "troops", "United States")
    assert (russia.value, russia.qualifier, russia.measure, russia.attributed_to) == \
        (10000, "at_least", "troops", "South Korea NIS")


def test_a_figure_a_relative_clause_gives_or_plans(aliases) -> None:
    # The figure's noun is the count named before it; who gave it, and where they are, come after it.
    kursk = ("Zelensky said 11,000 North Korean troops were in Kursk. His figure is higher than the roughly 8,000 "
             "that U.S. Secretary of State Antony Blinken said last week were in Kursk.")
    _, blinken = numeric(kursk, aliases, date(2024, 11, 5))
    assert (blinken.value, blinken.measure, blinken.place, blinken.attributed_to) == \
        (8000, "troops", "Kursk", "Antony Blinken")
    plan = ("South Korea's National Intelligence Service has estimated that more than 10,000 North Korean soldiers "
            "are in Russia, out of about 12,000 that Pyongyang decided to send.")
    there, decided = numeric(plan, aliases, date(2024, 11, 5))
    assert (there.value, there.modality) == (10000, "actual")
    assert (decided.value, decided.measure, decided.modality) == (12000, "troops", "planned")


def test_a_part_of_a_countrys_people_and_a_batch_of_a_story_of_troops(aliases) -> None:
    (kursk,) = numeric("North Korean troops are in Russia. Antony Blinken said on Oct. 31 that about 8,000 of the "
                       "North Koreans had already moved to Kursk.", aliases, date(2024, 11, 2))
    assert (kursk.value, kursk.measure, kursk.attributed_to) == (8000, "troops", "Antony Blinken")
    (second,) = numeric("North Korean troops are in Russia. The NIS said a second group of about 1,500 had followed "
                        "the first.", aliases)
    assert (second.value, second.measure) == (1500, "troops")
    # (In a story that counts no troops, a group of a figure counts nothing named.)
    assert numeric("The NIS said a second group of about 1,500 had followed the first.", aliases) == []


def test_an_army_of_a_figure_counts_troops(aliases) -> None:
    (army,) = numeric("For Pyongyang, whose army of roughly 1.2 million has not fought a war since 1953, "
                      "the offer is attractive.", aliases)
    assert (army.value, army.qualifier, army.measure) == (1_200_000, "about", "troops")
    (strong,) = numeric("North Korea's military is by most estimates about 1.2 million strong.", aliases)
    assert (strong.value, strong.measure) == (1_200_000, "troops")


def test_a_figure_a_week_earlier_is_still_the_count(aliases) -> None:
    text = ("More than 10,000 North Korean troops are in Russia, South Korea's spy agency said on Tuesday. "
            "That's up from roughly 3,000 a week earlier.")
    (earlier,) = [c for c in numeric(text, aliases, date(2024, 11, 1)) if c.value == 3000]
    assert (earlier.measure, earlier.attributed_to, earlier.event_date) == ("troops", "South Korea NIS", None)


def test_a_body_a_country_owns_is_found_under_any_name_of_the_country(aliases) -> None:
    for owner in ("Ukraine's", "Kyiv's", "Kiev's"):
        (body,) = [m for m in aliases.find(f"{owner} military intelligence said 12,000 were there")
                   if m.entity.type == "agency"]
        assert body.canonical == "Ukraine HUR", owner
    (hur,) = numeric("Kiev's military intelligence agency has alleged that about 12,000 North Korean troops are "
                     "already in Russia.", aliases)
    assert hur.attributed_to == "Ukraine HUR"


def test_the_day_of_a_verb_after_another_figure_is_not_this_figures(aliases) -> None:
    now, before = numeric("Between 11,000 and 12,000 North Korean troops are now in Russia, the Pentagon believes, up "
                          "from the roughly 10,000 it estimated last week.", aliases, date(2024, 11, 5))
    assert (now.value_low, now.event_date, now.as_of) == (11000, None, None)
    assert before.as_of is not None and before.as_of < date(2024, 11, 1)
    (relayed,) = numeric("More than 10,000 North Korean soldiers are now in Russia, South Korea's intelligence agency "
                         "believes, lawmakers said Tuesday after a closed-door briefing.", aliases, date(2024, 10, 30))
    assert relayed.event_date == date(2024, 10, 29)  # the relay's day is the figure's


def test_a_place_a_country_owns_is_the_place_and_a_setting_dates_a_trailing_speaker(aliases) -> None:
    (kursk,) = numeric("There are now 11,000 North Korean troops in Russia's Kursk region, Volodymyr Zelensky said in "
                       "his nightly address on Monday.", aliases, date(2024, 11, 5))
    assert (kursk.place, kursk.event_date) == ("Kursk", date(2024, 11, 4))


def test_who_expects_a_figure_does_not_own_it_and_starting_with_is_a_first_batch(aliases) -> None:
    (expected,) = [c for c in numeric(
        "About 10,000 North Korean troops are in Russia and 8,000 North Korean soldiers are in Kursk, the Pentagon said. "
        "Ukraine's defence minister Rustem Umerov said Kyiv expects as many as 15,000 troops in all.", aliases,
        date(2024, 11, 5)) if c.value == 15000]
    assert (expected.value, expected.subject, expected.scope) == (15000, "North Korea", "total")
    total, first = numeric("The NIS said Pyongyang had decided to send 12,000 troops in all, starting with 1,500 special "
                           "forces.", aliases)
    assert (total.scope, first.scope) == ("total", "first_batch")


def test_she_is_the_person_who_acted_after_the_last_speaker(aliases) -> None:
    text = ("North Korea's Foreign Minister Choe Son Hui arrived in Moscow.\n\nChoe, 60, held talks with Sergey Lavrov "
            "on Friday, the first stop of a visit that Russian officials said would include other meetings. She told "
            "Lavrov that Pyongyang would stand firmly by Russia until victory, according to Russian state media.")
    said = [c for c in extract_claims(doc(text, date(2024, 11, 2)), aliases)
            if c.kind == "statement" and "victory" in c.quote]
    assert "Choe Son Hui" in {c.attributed_to for c in said}


def test_a_title_before_a_lone_surname_is_not_the_speakers_name(aliases) -> None:
    (threat,) = numeric("Foreign Minister Cho said the dispatch of 10,000 North Korean troops was a grave threat.",
                        aliases)
    assert threat.attributed_to == "Cho"
    text = ("Foreign Minister Cho Tae-yul said Seoul would respond. Foreign Minister Cho said the dispatch of 10,000 "
            "North Korean troops was a grave threat.")
    assert [c.attributed_to for c in numeric(text, aliases)] == ["Cho Tae-yul"]


def test_a_figure_put_by_a_source_in_the_passive_is_theirs(aliases) -> None:
    text = ("Some 8,000 North Korean troops were in Kursk. The number in Kursk was put at more than 10,000 by the "
            "State Department's spokesman, Matthew Miller, late on Monday. The number in Russia was estimated by the "
            "Pentagon last Monday at 11,000 to 12,000, and the State Department said the same day that more than "
            "10,000 had moved into Kursk.")
    kursk, russia, moved = numeric(text, aliases, date(2024, 11, 10))[1:]
    assert (kursk.value, kursk.attributed_to) == (10000, "US State Department")
    assert (russia.value_low, russia.attributed_to) == (11000, "US Department of Defense")
    assert (moved.value, moved.attributed_to) == (10000, "US State Department")


def test_a_day_opening_a_clause_after_a_semicolon_dates_its_speaker(aliases) -> None:
    white_house, nis = numeric("On Oct. 23, the White House said at least 3,000 North Korean troops had arrived, and "
                               "Seoul's spy agency gave a similar tally; on Oct. 29, the National Intelligence Service "
                               "said more than 10,000 had been sent.", aliases, date(2024, 11, 5))
    assert (white_house.event_date, nis.event_date) == (date(2024, 10, 23), date(2024, 10, 29))
    assert nis.attributed_to == "South Korea NIS" and "White House" not in nis.quote


@pytest.mark.parametrize("text", [
    'Kremlin spokesman Dmitry Peskov called them "another fake".',
    'Peskov dismissed them on Monday as "groundless rumors".',
    'Vasily Nebenzia said the reports of troops were "a blatant lie".',
])
def test_reports_called_a_fake_or_a_lie_deny_the_deployment(text: str, aliases) -> None:
    (denial,) = statements(text, aliases)
    assert (denial.measure, denial.polarity) == ("statement:deploy", "deny")


def test_a_figure_anticipated_or_predicted_is_planned(aliases) -> None:
    (anticipated,) = numeric("The NIS had told lawmakers last week that it anticipated around 10,000 North Korean "
                             "soldiers in Russia.", aliases)
    (predicted,) = numeric("Budanov predicted 12,000 North Korean troops in Kursk.", aliases)
    assert (anticipated.modality, predicted.modality) == ("planned", "planned")


def test_a_country_that_says_another_figure_does_not_own_this_one(aliases) -> None:
    story = replace(doc("Kyiv says twelve thousand and Seoul says three thousand."),
                    title="How many North Korean troops are in Russia?")
    found = {c.value: c for c in extract_claims(story, aliases) if c.kind == "numeric"}
    assert (found[3000].attributed_to, found[12000].attributed_to) == ("South Korea", "Ukraine")
    assert found[3000].subject != "Ukraine"  # Kyiv speaks of another figure; it does not own Seoul's


def test_officials_familiar_with_an_assessment_are_officials(aliases) -> None:
    said = [c for c in extract_claims(doc("But officials familiar with the assessment said that even a modest "
                                          "contribution could free Russian units."), aliases) if c.kind == "statement"]
    assert [c.attributed_to for c in said] == ["officials"]


def test_coming_under_fire_is_fighting(aliases) -> None:
    (fire,) = [c for c in extract_claims(doc("Andriy Kovalenko said on Monday that the first North Korean units had "
                                             "come under Ukrainian fire in the Kursk region."), aliases)
               if c.kind == "statement"]
    assert fire.measure == "statement:clash"  # a fight that took place


def test_a_purpose_is_not_what_a_statement_says_happened(aliases) -> None:
    (sent,) = [c for c in extract_claims(doc("The NIS said North Korea has already sent a batch of troops to Russia "
                                             "for training."), aliases) if c.kind == "statement"]
    assert sent.measure == "statement:deploy"
    (trained,) = [c for c in extract_claims(doc("The NIS said the North Korean troops are being trained in Russia's "
                                                "Far East."), aliases) if c.kind == "statement"]
    assert trained.measure == "statement:training"


def test_who_announced_the_event_is_not_whose_troops_they_are(aliases) -> None:
    (said,) = [c for c in extract_claims(doc("Rutte spoke to reporters on Monday, following South Korea's announcement "
                                             "that Pyongyang has started sending troops to Russia, NATO said."), aliases)
               if c.kind == "statement" and "announcement" in c.quote]
    assert (said.measure, said.subject) == ("statement:deploy", "North Korea")


def test_an_option_not_ruled_out_is_a_possibility_stated(aliases) -> None:
    # Not ruling out a course of action keeps it open: it agrees with "could consider supplying weapons",
    # whether the verb is negated by "did not" or by "no longer". Not ruling out a fact is still a doubt.
    kept_open = [statements(text, aliases) for text in (
        "President Yoon Suk Yeol said on Thursday that Seoul no longer ruled out supplying weapons to Ukraine.",
        "Seoul did not rule out supplying weapons directly to Ukraine, the presidential office said.",
        "South Korea is not ruling out any option, including arming Ukraine, an official said.")]
    assert [[(c.polarity, c.modality) for c in found] for found in kept_open] == [[("affirm", "conditional")]] * 3
    (fact,) = statements("Vladimir Putin did not rule out the presence of North Korean troops in Russia.", aliases)
    assert fact.polarity == "uncertain"
    (denial,) = statements("Pyongyang ruled out sending troops to Russia, its foreign ministry said.", aliases)
    assert denial.polarity == "deny"
    (passive,) = statements("The presidential office has said arms supplies to Kyiv are not ruled out.", aliases)
    assert (passive.polarity, passive.modality) == ("affirm", "conditional")
    (curly,) = statements("Cho said that \u201cSeoul is not ruling out any option,\u201d including arming Kyiv.", aliases)
    assert (curly.polarity, curly.modality) == ("affirm", "conditional")  # not ASCII: no word set


@pytest.mark.parametrize("text", [
    "Austin told reporters the same day that he had seen no sign yet that the North Koreans had gone into combat.",
    "Blinken said none had yet been seen in combat.",
])
def test_not_seen_yet_is_a_doubt_not_an_assertion(text: str, aliases) -> None:
    (s,) = statements(text, aliases)
    assert (s.polarity, s.measure) == ("uncertain", "statement:clash")


def test_a_participle_speaks_for_its_clause_subject(aliases) -> None:
    text = ("The Pentagon put the number at 10,000 troops. Ukrainian officials have gone further, saying that up to "
            "12,000 North Koreans are in Russia. A week ago, Western officials were saying that at least 3,000 troops "
            "had arrived.")
    pentagon, ukraine, west = numeric(text, aliases)
    assert pentagon.attributed_to == "US Department of Defense"
    assert (ukraine.value, ukraine.attributed_to) == (12000, "Ukraine officials")
    assert (west.value, west.attributed_to) == (3000, "Western officials")


def test_a_figure_given_a_day_before_the_statement_is_dated_that_day(aliases) -> None:
    (day,) = numeric("China's foreign ministry said on Friday that it was not aware of the details, a day after "
                     "Washington said about 8,000 soldiers had moved to Kursk.", aliases, date(2024, 11, 1))
    assert (day.value, day.event_date) == (8000, date(2024, 10, 31))
    # A week is a span, not a day: the figure keeps no event date.
    _, week = numeric("Washington claimed on Monday that around 10,000 troops had been sent, a week after the White "
                      "House put the number at 3,000.", aliases, date(2024, 11, 1))
    assert (week.value, week.event_date) == (3000, None)


def test_a_clause_after_the_source_says_when_it_gave_the_figure(aliases) -> None:
    (cited,) = numeric("About 10,000 troops have been sent, according to the Pentagon, which gave that estimate on "
                       "Monday.", aliases, date(2024, 11, 1))
    assert (cited.attributed_to, cited.event_date) == ("US Department of Defense", date(2024, 10, 28))
    # Only a clause about giving the figure: a meeting that day is not when it was given.
    (met,) = numeric("About 10,000 troops have been sent, according to the Pentagon, which met on Monday.", aliases,
                     date(2024, 11, 1))
    assert met.event_date is None


def test_a_body_the_table_does_not_know_is_named_by_its_capitals(aliases) -> None:
    text = ("North Korea test-fired a missile on Thursday, the Defense Ministry said, hours before Washington warned "
            "that the troops would fight. The missile flew for about 86 minutes, according to the ministry.")
    (minutes,) = numeric(text, aliases, date(2024, 11, 1))
    assert (minutes.value, minutes.attributed_to) == (86, "Defense Ministry")


def test_a_projection_for_a_day_ahead_is_the_figure_as_of_that_day(aliases) -> None:
    # "could reach 10,000 by December" and "decided to send 12,000 in total" are two plans: the first
    # is a figure as of December, not a restatement (or revision) of the overall plan.
    text = ("The NIS said Pyongyang had decided to send some 12,000 troops in total. It said the total could reach "
            "10,000 by December. About 3,000 troops had arrived by Oct. 23, the agency said.")
    plan, projection, arrived = numeric(text, aliases, published=date(2024, 10, 24))
    assert (plan.value, plan.modality, plan.as_of) == (12000, "planned", None)
    assert (projection.value, projection.modality, projection.as_of) == (10000, "planned", date(2024, 12, 31))
    assert (arrived.value, arrived.modality, arrived.as_of) == (3000, "actual", None)  # a count, not a projection


def test_a_clause_after_a_figures_clause_about_some_of_its_things_is_a_statement(aliases) -> None:
    text = ("North Korea has sent more than 10,000 soldiers to Russia, and some of them may already have been moved "
            "to front-line areas, the spy agency told lawmakers on Tuesday.")
    (front,) = statements(text, aliases, date(2024, 10, 29))
    assert front.quote == "some of them may already have been moved to front-line areas"
    (count,) = numeric(text, aliases, date(2024, 10, 29))
    assert count.value == 10000 and count.end_char <= front.start_char
    (whom,) = statements("The NIS said more than 10,000 troops had been sent to Russia, some of whom might already be near "
                         "the front line.", aliases)
    assert whom.quote == "some of whom might already be near the front line"
    (moved,) = statements("More than 10,000 troops have been sent to Russia and some of them may already have moved "
                          "toward the front lines, the NIS said.", aliases)
    assert moved.quote == "some of them may already have moved toward the front lines"
    # An aside about the figure itself is the figure's own clause, not a statement.
    assert statements("The NIS said more than 10,000 troops had been sent to Russia, a sharp rise from last week's count.",
                      aliases) == []


def test_a_short_denial_or_refusal_to_confirm_keeps_its_speaker_and_verb(aliases) -> None:
    (putin,) = statements("Russian President Vladimir Putin also declined to deny the reports.", aliases)
    assert putin.quote == "Russian President Vladimir Putin also declined to deny the reports"
    assert (putin.attributed_to, putin.polarity) == ("Vladimir Putin", "uncertain")
    (kremlin,) = statements("The Kremlin has not confirmed their presence.", aliases)
    assert kremlin.polarity == "uncertain"  # the negation stands before the verb
    (neither,) = statements("Neither Moscow nor Pyongyang has confirmed the deployment.", aliases)
    assert neither.polarity == "uncertain"
    (moscow,) = statements("Moscow has dismissed the reports.", aliases)
    assert moscow.polarity == "deny"
    # Short words after any other verb are still too short to check.
    assert statements("Peskov said so.", aliases) == []


def test_channels_agencies_and_a_body_named_after_its_description_speak(aliases) -> None:
    (channel,) = numeric("A pro-war Russian Telegram channel claimed on Thursday that several hundred North Korean "
                         "soldiers had moved to the front.", aliases)
    assert channel.attributed_to is not None and "Telegram channel" in channel.attributed_to
    (agencies,) = statements("Choe is expected to meet Vladimir Putin before she leaves, Russian state news agencies "
                             "reported.", aliases)
    assert agencies.attributed_to is not None and agencies.attributed_to.endswith("news agencies")
    (kotra,) = numeric("China accounts for more than 95 per cent of the North's trade, according to South Korea's "
                       "trade promotion agency KOTRA.", aliases)
    assert kotra.attributed_to == "KOTRA"
    # A known body after a country stays that body.
    (ministry,) = numeric("Seoul's Defense Ministry said 3,000 troops had arrived.", aliases)
    assert ministry.attributed_to == "South Korea defence ministry"


def test_a_lawmaker_passes_on_the_briefing_of_the_agency_that_briefed_lawmakers(aliases) -> None:
    text = ("North Korea has sent 1,500 more troops, the National Intelligence Service told the National Assembly's "
            "Intelligence Committee, according to Rep. Kim Min-jun of the opposition Democratic Party.\n\n"
            "According to Kim, the soldiers are being taught more than 100 Russian military terms.\n\n"
            "Choi Jae-hyung, a lawmaker from the ruling party, said the soldiers lacked drone training.")
    claims = extract_claims(doc(text, date(2024, 10, 23)), aliases)
    (terms,) = [c for c in claims if c.kind == "numeric" and c.value == 100]
    assert terms.attributed_to == "South Korea NIS" and terms.attribution_chain == "Kim Min-jun > South Korea NIS"
    (drones,) = [c for c in claims if c.kind == "statement" and "drone" in c.quote]
    assert drones.attributed_to == "South Korea NIS"
    # With no agency briefing them, a lawmaker speaks for themself.
    (own,) = statements("Choi Jae-hyung, a lawmaker from the ruling party, said the soldiers lacked drone training.",
                        aliases)
    assert own.attributed_to == "Choi Jae-hyung"


def test_a_verb_whose_object_is_what_was_said_takes_it_after_the_verb(aliases) -> None:
    # 'called them "another fake."': a judgement of two words keeps its speaker and verb.
    (peskov,) = statements('Kremlin spokesman Dmitry Peskov last week called them "another fake."', aliases)
    assert peskov.quote.startswith("Kremlin spokesman Dmitry Peskov last week called them")
    assert (peskov.attributed_to, peskov.polarity) == ("Dmitry Peskov", "deny")
    # After a closed quote of another speaker's, the second speaker's object is theirs, not the quote.
    peskov, nebenzia = statements('Kremlin spokesman Dmitry Peskov dismissed the reports last week as "fake news," '
                                  'while Russia\'s envoy Vasily Nebenzia called them "groundless rumors."', aliases)
    assert nebenzia.quote.endswith('called them "groundless rumors')
    assert "fake news" not in nebenzia.quote
    # A participle of such a verb speaks for the main clause's subject.
    (lies,) = statements('At the Security Council on Wednesday, Russia\'s envoy Vasily Nebenzia went further, '
                         'calling the accusations "blatant lies."', aliases)
    assert lies.attributed_to == "Vasily Nebenzya" and "blatant lies" in lies.quote


def test_a_setting_then_a_contrast_after_the_speaker_leaves_the_clause_before_as_what_was_said(aliases) -> None:
    found = statements("Russia has trained them in artillery, drones and infantry tactics, Secretary of State Antony "
                       "Blinken said late last month, but the training appears to have lasted weeks.", aliases)
    assert [c.quote for c in found] == ["Russia has trained them in artillery, drones and infantry tactics"]
    assert found[0].attributed_to == "Antony Blinken"
    # ", and ..." goes on with what they said.
    (more,) = statements("Most are undergoing training, American officials said on Monday, and some have already "
                         "moved toward the border.", aliases)
    assert "some have already moved" in more.quote


def test_a_whole_clause_of_two_words_before_its_speaker_is_a_statement(aliases) -> None:
    found = statements("Seoul's presidential office said on Tuesday that it could send a team to Ukraine. No decision "
                       "has been made, the official said.", aliases)
    assert found[-1].quote == "No decision has been made"
    assert found[-1].attributed_to == "South Korea presidential office"
    assert statements("That is true, he said.", aliases) == []


def test_a_day_before_a_colon_dates_what_follows_it(aliases) -> None:
    found = numeric("Ukraine's defence minister, Rustem Umerov, went further on Tuesday: the first clashes had taken "
                    "place, he told broadcaster KBS, and he expected the number sent to grow -- he spoke of up to "
                    "15,000 troops.", aliases, published=date(2024, 11, 5))
    assert [(c.value, c.event_date) for c in found] == [(15000.0, date(2024, 11, 5))]


def test_what_troops_are_taught_is_counted_for_them_not_their_teachers(aliases) -> None:
    text = ("North Korea has sent 3,000 North Korean soldiers to Russia, the NIS said. The North Korean soldiers are "
            "being taught about 100 Russian military terms, the agency said.")
    terms = [c for c in numeric(text, aliases, published=date(2024, 10, 29)) if c.value == 100.0]
    assert [c.subject for c in terms] == ["North Korea"]
    drilled = [c for c in numeric(text.replace("The North Korean soldiers are being taught about",
                                               "Russian instructors have been drilling them on roughly"), aliases,
                                  published=date(2024, 10, 29)) if c.value == 100.0]
    assert [c.subject for c in drilled] == ["North Korea"]


def test_a_reporting_verb_coordinated_with_a_second_one_is_a_statement_of_its_own(aliases) -> None:
    found = statements("Zelensky called it an obvious step of escalation by Russia and said the partners' silence "
                       "would only encourage Moscow.", aliases)
    assert [c.quote for c in found] == ["it an obvious step of escalation by Russia",
                                        "the partners' silence would only encourage Moscow"]
    assert {c.attributed_to for c in found} == {"Volodymyr Zelensky"}
    # A first verb that is no reporting verb stays part of the speaker's clause.
    (one,) = statements("Putin then pointed to the treaty Russia signed with Pyongyang and said the matter was "
                        "one for the two countries.", aliases)
    assert one.attributed_to == "Vladimir Putin" and one.quote.startswith("the matter was")


def test_a_comma_inside_a_number_ends_no_setting_before_what_was_said(aliases) -> None:
    # "at least 3," looked like a setting ("at ... ,") before what was said, and the statement began at "000".
    for text in ("Kirby said at least 3,000 had been moved to eastern Russia.",
                 "Officials put the total in Russia at between 11,000 and 12,000 on Monday."):
        found = statements(text, aliases)
        assert found and all(c.quote[0].isalpha() for c in found), [c.quote for c in found]
    (c,) = statements("Kirby said at least 3,000 had been moved to eastern Russia.", aliases)
    assert c.quote == "at least 3,000 had been moved to eastern Russia"
    # A day and its year still open what was said as its setting.
    (c,) = statements("Kirby said on Monday, after the talks, the troops had been moved to eastern Russia.", aliases)
    assert c.quote == "the troops had been moved to eastern Russia"
    (c,) = statements("The NIS said on Oct. 5, 2024, that the troops were being trained in Russia.", aliases)
    assert c.quote == "the troops were being trained in Russia"


def test_lawmakers_briefed_by_a_body_are_not_its_speaker(aliases) -> None:
    # "briefed by" is passive: the lawmakers listened, the NIS spoke (not "cited lawmakers").
    (c,) = numeric("North Korea has sent more than 10,000 troops to Russia, according to Yonhap, which cited "
                   "lawmakers briefed by the NIS.", aliases)
    assert c.attributed_to == "South Korea NIS" and c.attribution_chain == "Yonhap > South Korea NIS"


def test_lawmakers_passing_on_a_briefing_relay_the_body_that_briefed_them(aliases) -> None:
    # The body speaking in the same sentence briefed them.
    text = ("South Korea's National Intelligence Service now believes more than 10,000 North Korean soldiers have "
            "been sent to Russia, a number that, according to lawmakers who attended the agency's closed-door "
            "briefing on Tuesday, it arrived at only days after telling the same committee the figure stood at "
            "about 3,000.")
    assert [(c.value, c.attributed_to) for c in numeric(text, aliases)] == [(10000, "South Korea NIS"),
                                                                          (3000, "South Korea NIS")]
    # The body last said to brief them, a sentence before.
    (c,) = numeric("The NIS briefed the parliamentary intelligence committee on Monday. According to lawmakers, "
                   "3,000 North Korean soldiers had been sent to Russia.", aliases)
    assert (c.attributed_to, c.attribution_chain) == ("South Korea NIS", "lawmakers > South Korea NIS")
    # No briefer in sight: their own words.
    (c,) = numeric("About 3,000 North Korean soldiers had been sent to Russia, lawmakers said.", aliases)
    assert c.attributed_to == "lawmakers"


def test_it_is_the_body_its_sentence_opens_with(aliases) -> None:
    text = ("The White House said on Wednesday that at least 3,000 North Korean soldiers had been moved to eastern "
            "Russia. Ukraine's military intelligence agency, the HUR, goes further: on Thursday it said about 12,000 "
            "North Korean servicemen were already in Russia.")
    assert [(c.value, c.attributed_to) for c in numeric(text, aliases)] == [(3000, "White House"),
                                                                          (12000, "Ukraine HUR")]
    # With no body opening the sentence, it is still the last speaker.
    (_, c) = numeric(text.replace("Ukraine's military intelligence agency, the HUR, goes further: on", "On"), aliases)
    assert c.attributed_to == "White House"


def test_what_we_said_before_in_a_spokesperson_s_turn_is_their_office_s(aliases) -> None:
    text = ("MS. SINGH: So last week we said that at least 3,000 soldiers had been moved to Russia, and that was our "
            "assessment at the time. We've continued to get information, and we now assess it's around 10,000 "
            "North Korean troops in total.")
    found = {c.value: c for c in numeric(text, aliases)}
    assert found[3000].attributed_to == "US Department of Defense"
    assert found[3000].attribution_chain == "Sabrina Singh > US Department of Defense"
    assert found[10000].attributed_to == "Sabrina Singh"


def test_a_fact_check_s_rated_claim_is_its_claimant_s(aliases) -> None:
    text = ("Social media has filled with claims about the deployment. We checked three.\n\n"
            "Claim: \"South Korea confirmed 12,000 North Korean soldiers have already been sent to Russia.\"\n"
            "Verdict: Half True\n\n"
            "This claim mixes up two numbers. The NIS said on Oct. 18 that Pyongyang had decided to send about "
            "12,000 troops.\n\n"
            "Claim: \"A North Korean unit of 400 soldiers was wiped out in its first battle.\"\n"
            "Verdict: Unproven\n\n"
            "The claim traces to Jonas Ohman, who heads a Lithuanian group that supplies Ukraine's army.")
    found = [(c.value, c.attributed_to) for c in numeric(text, aliases, published=date(2024, 11, 7))]
    found = [f for f in found if f[0] >= 100]
    assert found == [(12000, "social media posts"), (12000, "South Korea NIS"), (400, "Jonas Ohman")]
    # Its wording, rated right under it, is no statement of the claimant's to reconcile.
    assert not [c for c in statements(text, aliases, published=date(2024, 11, 7)) if "wiped out" in c.quote]
    # Without a rating under it, "Claim:" opens no rated item.
    found = numeric(text.replace("Verdict:", "Note:"), aliases, published=date(2024, 11, 7))
    assert found[0].attributed_to != "social media posts"


def test_a_digest_s_other_stories_lose_their_figures(aliases) -> None:
    text = ("America's economy added just 12,000 jobs in October, the Bureau of Labor Statistics said. The "
            "unemployment rate stayed at 4.1%.\n\n"
            "North Korea's foreign minister met Sergei Lavrov in Moscow on Friday. America's Blinken said about 8,000 "
            "North Korean soldiers were now in Russia's Kursk region, out of roughly 10,000 sent to Russia.\n\n"
            "North Korea also tested a new missile on Thursday. Japan's defence ministry said it flew for 86 minutes "
            "and reached an altitude of more than 7,000km.\n\n"
            "Rachel Reeves, Britain's chancellor, defended her budget, which raises taxes by £40bn a year.\n\n"
            "Apple reported record revenue of $94.9bn, but its shares slipped on worries about sales in China.\n\n"
            "Weekend reading: why Russia is running short of men, and what North Korea wants in return.")
    kept = {c.value for c in numeric(text, aliases, published=date(2024, 11, 1))}
    assert {8000, 10000, 86, 7000} <= kept
    assert not kept & {12000, 4.1, 40e9, 94.9e9}
    # One story told across its paragraphs keeps every figure, whatever else its paragraphs name.
    story = text.split("\n\n")[1:3]
    story += ["Britain's defence ministry said 3,000 North Korean troops had reached Kursk.",
              "China's foreign ministry said it had no knowledge of 10,000 North Korean troops in Russia."]
    kept = {c.value for c in numeric("\n\n".join(story), aliases, published=date(2024, 11, 1))}
    assert {8000, 10000, 86, 7000, 3000} <= kept


def test_a_table_row_is_its_source_cells_claim_on_its_date_cells_day(aliases) -> None:
    text = ("About 12,000 North Korean soldiers are in Russia, officials said. The estimates so far:\n\n"
            "| Who | As of | Figure | Notes |\n"
            "|:---|---|---:|---|\n"
            "| Pentagon | Oct. 28 | about 10,000 | sent to eastern Russia |\n"
            "| Ukraine HUR | Oct. 24 | 11,000 | in Russia, incl. 500 officers |\n\n"
            "The gaps are partly about timing.")
    rows = [(c.value, c.attributed_to, c.event_date, c.measure, c.subject)
            for c in numeric(text, aliases, published=date(2024, 11, 12))][1:]
    assert rows == [(10000, "US Department of Defense", date(2024, 10, 28), "troops", "North Korea"),
                    (11000, "Ukraine HUR", date(2024, 10, 24), "troops", "North Korea"),
                    (500, "Ukraine HUR", date(2024, 10, 24), "troops", "North Korea")]
    # The cells are no sentences: no statement is read out of "sent to eastern Russia".
    assert not [c for c in extract_claims(doc(text, date(2024, 11, 12)), aliases) if c.kind == "statement"]
    # A table whose header names no source or date column gives its figures to nobody.
    plain = text.replace("| Who | As of |", "| Col | Col2 |")
    assert all(c.attributed_to is None for c in numeric(plain, aliases, published=date(2024, 11, 12))[1:])


def test_a_live_blogs_entry_times_count_nothing(aliases) -> None:
    text = ("Follow our live coverage. All times are Paris time.\n\n"
            "**22:05 - Summary of the day**\n\n"
            "**21:12 - Kirby: troops moved east**\n\n"
            "John Kirby told reporters that at least 3,000 North Korean soldiers had been moved to eastern Russia.\n\n"
            "**08:10 - Seoul's count**\n\n"
            "## 7.30am: 1,500 more North Korean soldiers left, the NIS said")
    assert [c.value for c in numeric(text, aliases, published=date(2024, 10, 23))] == [3000, 1500]


def test_a_notes_quoted_figure_is_its_named_sources_on_its_day(aliases) -> None:
    text = ("We assess that between 10,000 and 12,000 North Korean soldiers are now in Russia.[1] Kyiv reported the "
            "first clashes on Monday.[2]\n\n"
            "**Notes**\n\n"
            "[1] Department of Defense press briefing, October 28, 2024 (\"around 10,000\"); Defence Intelligence of "
            "Ukraine (HUR), statement of October 24, 2024 (\"about 12,000\").\n\n"
            "[2] Address by President Zelensky, November 4, 2024.")
    claims = numeric(text, aliases, published=date(2024, 11, 7))
    # The marks count nothing; each quoted figure counts what the citing sentence counts.
    assert [(c.value, c.attributed_to, c.event_date, c.measure) for c in claims[1:]] == [
        (10000, "US Department of Defense", date(2024, 10, 28), "troops"),
        (12000, "Ukraine HUR", date(2024, 10, 24), "troops")]


def test_a_question_heading_that_names_its_source_relays_that_sources_figure(aliases) -> None:
    text = ("Ukraine's HUR said about 12,000 North Korean soldiers were already in Russia.\n\n"
            "**Didn't Seoul already say 12,000?**\n\n"
            "**How many will be sent, 12,000?**")
    claims = numeric(text, aliases, published=date(2024, 10, 25))
    assert [(c.value, c.attributed_to) for c in claims] == [(12000, "Ukraine HUR"), (12000, "South Korea")]


def test_a_hosts_relay_is_the_named_sources_claim(aliases) -> None:
    text = ("[01:20] The numbers. Tom notes that the Pentagon had already put the total at around 10,000 North Korean "
            "soldiers on Monday, and that the NIS told lawmakers on Tuesday it was more than 10,000. Mina points out "
            "that the NIS puts the pay at about $2,000 a month a head.\n\n"
            "Recorded in Seoul. Running time 48 minutes.\n\n"
            "This episode is brought to you by NK Pro. Subscribers get 20% off with the code PODCAST20.")
    found = [(c.value, c.attributed_to, c.event_date) for c in numeric(text, aliases, published=date(2024, 11, 1))]
    # The chapter mark, the running time and the sponsor's discount are no claims.
    assert found == [(10000, "US Department of Defense", date(2024, 10, 28)),
                     (10000, "South Korea NIS", date(2024, 10, 29)), (2000, "South Korea NIS", None)]


# --- meeting records, an institution's own voice, issued statements (blind8's prose forms) ---------------


def test_a_meeting_record_s_speaker_is_the_person_before_the_bracketed_delegation(aliases) -> None:
    text = ("Barbara Woodward (United Kingdom) said the use of DPRK soldiers in combat against Ukraine would be "
            "\"a dangerous escalation\". Nicolas de Rivière (France) echoed that view, calling on Pyongyang to "
            "withdraw any troops it had sent. The representative of Japan said her country viewed military "
            "cooperation between the Russian Federation and the DPRK with grave concern.")
    found = [(c.attributed_to, c.quote) for c in statements(text, aliases, published=date(2024, 10, 30))]
    assert ("Barbara Woodward", "the use of DPRK soldiers in combat against Ukraine would be \"a dangerous "
            "escalation") in found
    assert ("Nicolas de Rivière", "Nicolas de Rivière (France) echoed that view") in found
    assert ("Nicolas de Rivière", "on Pyongyang to withdraw any troops it had sent") in found
    assert any(who == "Japan" and "grave concern" in quote for who, quote in found)
    # A body's initials in brackets name no person: "the National Intelligence Service (NIS) said".
    (c,) = numeric("The National Intelligence Service (NIS) said about 3,000 soldiers had been sent.", aliases)
    assert c.attributed_to == "South Korea NIS"


def test_a_name_between_commas_with_its_title_after_it_speaks(aliases) -> None:
    (c,) = statements("Briefing the Council, Miroslav Jenča, Assistant Secretary-General for Europe, Central Asia "
                      "and Americas, said the United Nations was not in a position to verify reports that DPRK "
                      "troops had been deployed.", aliases, published=date(2024, 10, 30))
    assert c.attributed_to == "Miroslav Jenča"


def test_his_government_is_the_government_of_the_country_he_speaks_for(aliases) -> None:
    text = ("The representative of the United States, Robert Wood, said his Government assessed that around 8,000 "
            "DPRK soldiers were now in the Kursk region of the Russian Federation. Hwang Joon-kook (Republic of "
            "Korea) said that, according to his Government's assessment, more than 10,000 DPRK soldiers had been "
            "sent to the Russian Federation since early October. Sergiy Kyslytsya (Ukraine), citing his country's "
            "military intelligence, said some 12,000 DPRK servicemen were by now on Russian territory.")
    found = {c.value: c for c in numeric(text, aliases, published=date(2024, 10, 30))}
    assert found[8000].attributed_to == "United States government"
    assert found[10000].attributed_to == "South Korea government"
    assert found[12000].attributed_to == "Ukraine HUR"
    assert found[12000].attribution_chain == "Sergiy Kyslytsya > Ukraine HUR"
    # A country named inside what was said is no speaker of its own ("Ryder said the US now assessed" is his
    # department's), and "according to" after "said that" still relays for anyone else.
    (c,) = numeric("Zelenskiy wrote that, according to Ukrainian intelligence, about 12,000 North Korean "
                   "soldiers were in Russia.", aliases)
    assert c.attributed_to == "Volodymyr Zelensky"


def test_verbs_of_stance_and_reference_are_statements(aliases) -> None:
    text = ("Kremlin spokesman Dmitry Peskov on Tuesday declined to comment on Kyiv's statements about clashes "
            "with North Korean troops, referring reporters to the Defense Ministry.\n\n"
            "Lavrov spoke of \"very close ties\" between the armed forces and special services of Russia and "
            "North Korea.\n\n"
            "Zelensky returned to the subject on Tuesday, writing that \"the first battles with North Korean "
            "soldiers open a new page of instability in the world.\"\n\n"
            "Dmitry Peskov said on Friday that what Moscow does with North Korea is for the two countries to "
            "decide, and declined to comment on numbers.")
    found = [(c.attributed_to, c.quote) for c in statements(text, aliases, published=date(2024, 11, 5))]
    assert ("Dmitry Peskov", "on Kyiv's statements about clashes with North Korean troops, referring reporters to "
            "the Defense Ministry") in found
    assert any(who == "Sergei Lavrov" and quote.startswith("very close ties") for who, quote in found)
    assert ("Volodymyr Zelensky", "the first battles with North Korean soldiers open a new page of instability in "
            "the world") in found
    # A coordinated stance verb says what follows it, not the clause before it.
    assert ("Dmitry Peskov", "what Moscow does with North Korea is for the two countries to decide") in found
    assert ("Dmitry Peskov", "declined to comment on numbers") in found


def test_she_after_a_day_is_the_person_who_acted_before(aliases) -> None:
    text = ("North Korean Foreign Minister Choe Son Hui was received by President Vladimir Putin at the Kremlin on "
            "Monday. On Friday she had told Russian Foreign Minister Sergey Lavrov that Pyongyang would stand with "
            "Russia \"until victory day.\"")
    (c,) = statements(text, aliases, published=date(2024, 11, 5))
    assert c.attributed_to == "Choe Son Hui"


def test_a_quoted_phrase_closed_before_its_comma_is_what_was_said(aliases) -> None:
    text = ("Hwang Joon-kook (Republic of Korea) said some of them had moved towards the front line. Seoul would \"not stand idly by\", he said, and would "
            "review its options in consultation with its partners.")
    found = [c.quote for c in statements(text, aliases, published=date(2024, 10, 30))]
    assert "Seoul would \"not stand idly by" in found
    # Not after a subordinator: "..., as Washington says some 8,000 ..." says what follows it.
    (c,) = numeric("Choe Son Hui has pledged that her country will stand by Russia \"until victory\", as Washington "
                   "says some 8,000 North Korean soldiers have been moved to Russia's Kursk region.", aliases)
    assert c.quote.startswith("some 8,000")


def test_an_issued_statement_is_its_issuer_s_of_the_day_its_introduction_names(aliases) -> None:
    text = ("Pyongyang, November 12 (KCNA) -- Kim Jong Un signed on November 11 a decree on ratifying the treaty.\n\n"
            "On November 11, a spokesperson for the DPRK Ministry of Foreign Affairs issued the following press "
            "statement:\n\n"
            "For weeks the U.S. and its vassal forces have been kicking up a noisy racket over the so-called "
            "\"troop dispatch\" of the DPRK.\n\n"
            "None of them has produced a shred of evidence. It is the U.S., which has poured tens of billions of "
            "dollars of weapons into Ukraine, that is prolonging the war.\n\n"
            "*\n\n"
            "Meanwhile, Choe Son Hui, who paid an official visit to the Russian Federation, returned home after "
            "talks with Sergey Lavrov.")
    claims = extract_claims(doc(text, date(2024, 11, 12)), aliases)
    issuer = "North Korea ministry of foreign affairs"
    found = {c.quote: c for c in claims if c.attributed_to == issuer}
    (figure,) = [c for c in found.values() if c.kind == "numeric"]  # "tens of billions of dollars"
    assert figure.quote.startswith("has poured tens of billions")
    assert {c.event_date for c in found.values()} == {date(2024, 11, 11)}
    # (Its sentences without a figure are no statements of their own: the matcher joined too few of them.)
    assert "None of them has produced a shred of evidence" not in found
    # The separator ends the statement: what follows is the dispatch's own.
    assert not [c for c in claims if "returned home" in c.quote and c.attributed_to == issuer]


def test_an_institution_s_we_assess_is_its_own_claim(aliases) -> None:
    text = ("1. We assess with moderate confidence that between 10,000 and 12,000 North Korean soldiers are now in "
            "Russia.\n\n"
            "2. Most of them, perhaps 11,000, are in or near Russia's Kursk region.\n\n"
            "3. The deployment is running ahead of the schedule the NIS gave on October 23, when it forecast "
            "10,000 soldiers in Russia by December.")
    d = Document(uri="mem://test", text=text, title="An assessment", outlet="CSIS (Center for Strategic and "
                 "International Studies)", published_at=datetime(2024, 11, 7, tzinfo=timezone.utc))
    found = [(c.value_low or c.value, c.attributed_to) for c in extract_claims(d, aliases) if c.kind == "numeric"]
    assert found == [(10000, "CSIS"), (11000, "CSIS"), (10000, "South Korea NIS")]
    # Inside a quotation "we" is the speaker's side, not the outlet.
    quoted = 'Kirby said: "We assess that about 10,000 North Korean soldiers are now in Russia."'
    d = Document(uri="mem://test", text=quoted, title="t", outlet="CSIS", published_at=datetime(2024, 11, 7))
    assert [c.attributed_to for c in extract_claims(d, aliases) if c.kind == "numeric"] != ["CSIS"]


def test_a_meeting_record_s_statements_are_of_the_meeting_s_day(aliases) -> None:
    text = ("The Security Council met this morning to consider the situation in Ukraine.\n\n"
            "Robert Wood (United States) said his Government assessed that around 8,000 DPRK soldiers were now in "
            "the Kursk region. \"We have not yet seen these troops deployed into combat,\" he said.\n\n"
            "Sergiy Kyslytsya (Ukraine), citing his country's military intelligence, said the first DPRK units had "
            "been observed in the Kursk region on 23 October. Some 12,000 DPRK servicemen were by now on Russian "
            "territory, he said. The Council's silence, he warned, was being read in Moscow as permission.")
    claims = extract_claims(doc(text, date(2024, 10, 30)), aliases)
    found = {c.value: c for c in claims if c.kind == "numeric"}
    assert (found[8000].attributed_to, found[8000].event_date) == ("United States government", date(2024, 10, 30))
    # A figure the delegate relays from the source he cited stays the source's, of no day of its own ...
    assert (found[12000].attributed_to, found[12000].event_date) == ("Ukraine HUR", None)
    said = {c.quote: c for c in claims if c.kind == "statement"}
    assert said["We have not yet seen these troops deployed into combat"].event_date == date(2024, 10, 30)
    # ... but his own warning is his, said at the meeting; a day named in the sentence stays its own.
    silence = next(c for q, c in said.items() if q.startswith("The Council's silence"))
    assert (silence.attributed_to, silence.event_date) == ("Sergiy Kyslytsya", date(2024, 10, 30))
    observed = next(c for q, c in said.items() if "observed" in q)
    assert observed.event_date == date(2024, 10, 23)
    # Without the meeting's sentence, nothing carries its day.
    claims = extract_claims(doc(text.split("\n\n", 1)[1], date(2024, 10, 30)), aliases)
    assert {c.event_date for c in claims if c.kind == "numeric"} == {None}


def test_how_troops_travelled_is_not_what_a_bare_figure_counts(aliases) -> None:
    # "by ship" says how the soldiers came; "the figure" after it still counts soldiers.
    text = ("Officials in Tokyo said 2,000 soldiers had crossed by ship last month, and Seoul later put the figure at "
            "about 2,500.")
    first, later = numeric(text, aliases, date(2024, 11, 2))
    assert (first.value, first.measure) == (2000, "troops")
    assert (later.value, later.measure) == (2500, "troops")


def test_a_quoted_figure_before_a_day_counts_no_days(aliases) -> None:
    # The closing quote is not a word: "the same day" after it says when, not what is counted.
    first, later = numeric('Seoul said on Monday that 1,500 soldiers had arrived. Washington put the figure at '
                           '"at least 2,000" the same day.', aliases, date(2024, 10, 25))
    assert (later.value, later.measure, later.qualifier) == (2000, "troops", "at_least")
    assert later.event_date == first.event_date == date(2024, 10, 21)


def test_the_figure_a_source_puts_a_count_at_is_the_story_s_count(aliases) -> None:
    # Nothing in the paragraph says what is counted; a story about troops counts troops.
    text = ("How many are there? It depends on whom you ask. The White House put the figure at \"at least 2,000\" "
            "on Wednesday, and Kyiv later raised the number to about 5,000.")
    story = Document(uri="mem://test", text=text, title="Foreign troops in the war: what we know",
                     published_at=datetime(2024, 10, 25, tzinfo=timezone.utc))
    found = [(c.value, c.measure) for c in extract_claims(story, aliases) if c.kind == "numeric"]
    assert found == [(2000, "troops"), (5000, "troops")]
    # In a story about something else the bare figure still counts nothing.
    other = Document(uri="mem://test", text=text, title="Election results", published_at=story.published_at)
    assert [c for c in extract_claims(other, aliases) if c.kind == "numeric"] == []


def test_a_figure_a_speaker_expects_is_planned(aliases) -> None:
    # "expects ... to be" forecasts a count; it is not one yet ("planned is not sent").
    (forecast,) = numeric("The agency said it expects about 9,000 soldiers to be in Russia by December.", aliases)
    assert (forecast.value, forecast.modality) == (9000, "planned")
    (count,) = numeric("The agency said about 9,000 soldiers are in Russia.", aliases)
    assert count.modality == "actual"


def test_a_bare_figure_sent_somewhere_in_a_troops_story_counts_troops(aliases) -> None:
    text = ("How many are there? The spy agency said on Wednesday that about 2,000 had been moved so far, after a "
            "second group of roughly 900 followed the first.")
    story = Document(uri="mem://test", text=text, title="Foreign troops in the war: what we know",
                     published_at=datetime(2024, 10, 25, tzinfo=timezone.utc))
    found = [(c.value, c.measure, c.quote) for c in extract_claims(story, aliases) if c.kind == "numeric"]
    # (", after ..." opens a clause of its own: the second figure's quote does not hold the first.)
    assert found == [(2000, "troops", "about 2,000"), (900, "troops", "a second group of roughly 900")]


def test_a_projection_is_as_of_its_deadline_even_when_its_statement_has_only_a_week(aliases) -> None:
    # Two statements of one plan ("9,000 by December") meet at the plan's month, whenever they were made.
    (week,) = numeric("This week the agency said it expects about 9,000 soldiers to be in Russia by December.",
                      aliases, date(2024, 10, 25))
    (day,) = numeric("On Wednesday the agency said it expects about 9,000 soldiers to be in Russia by December.",
                     aliases, date(2024, 10, 25))
    assert week.as_of == day.as_of == date(2024, 12, 31)


def test_a_forecast_after_a_comma_is_the_next_figure_s_mood_not_this_one_s(aliases) -> None:
    count, forecast = numeric("The agency told lawmakers on Tuesday it was more than 9,000 soldiers, well ahead of its "
                              "own forecast of 9,000 by December.", aliases, date(2024, 10, 25))
    assert (count.value, count.modality) == (9000, "actual")
    assert (forecast.value, forecast.modality) == (9000, "planned")


def test_a_quote_does_not_reach_back_into_the_figure_before_it(aliases) -> None:
    # Each claim's span is its own: a reader (and the scorer) finds the first figure under the first quote only.
    count, forecast = numeric("The agency told lawmakers on Tuesday it was more than 9,000 soldiers, well ahead of its "
                              "own forecast of 9,000 by December.", aliases, date(2024, 10, 25))
    assert "9,000 soldiers" in count.quote and forecast.quote == "well ahead of its own forecast of 9,000"
    assert count.end_char <= forecast.start_char
    plan, first = numeric("Pyongyang decided to send 12,000 troops in all, starting with 1,500 special forces.", aliases)
    assert first.quote.startswith("starting with 1,500") and plan.end_char <= first.start_char


def test_a_number_given_after_a_colon_is_the_giver_s(aliases) -> None:
    white_house, hur, officers = numeric(
        "The White House said at least 2,000 soldiers were there. On Thursday, Ukraine's military intelligence "
        "agency, known as HUR, gave a much bigger number: about 9,000 already in Russia, including 400 officers.",
        aliases, date(2024, 10, 25))
    assert white_house.attributed_to == "White House"
    assert (hur.value, hur.attributed_to) == (9000, "Ukraine HUR")
    assert (officers.value, officers.attributed_to) == (400, "Ukraine HUR")


def test_what_an_article_counts_about_itself_is_no_claim(aliases) -> None:
    for text in ("Here are three things to watch.", "The post mixes up two numbers.", "Five questions remain open.",
                 "The authors thank two anonymous reviewers."):
        assert numeric(text, aliases) == [], text
    (words,) = numeric("The soldiers are learning about 100 words of Russian.", aliases)
    assert (words.value, words.measure) == (100, "words")


def test_an_outlet_correcting_itself_makes_no_claims(aliases) -> None:
    text = ("Seoul said 1,500 troops arrived.\n\nAn earlier version of our 08:10 entry said North Korea had sent "
            "2,000 soldiers in a second batch. Seoul said the second group numbered about 1,500. We apologise for "
            "the error.\n\nKyiv said 9,000 troops are there.")
    assert [c.value for c in numeric(text, aliases)] == [1500, 9000]


def test_a_countrys_figure_at_the_un_is_its_envoys_when_the_article_names_him_giving_it(aliases) -> None:
    text = ("South Korea summoned Russia's ambassador on Monday, as Ukraine told the United Nations that some 11,000 "
            "North Korean soldiers were training in Russia's far east.\n\n"
            "In New York, Ukraine's ambassador to the UN, Sergiy Kyslytsya, said about 11,000 North Korean soldiers "
            "were being trained at bases in eastern Russia.")
    told, said = numeric(text, aliases, date(2024, 10, 22))
    assert (told.attributed_to, said.attributed_to) == ("Sergiy Kyslytsya", "Sergiy Kyslytsya")
    # Not a country's own figure elsewhere: "Washington says 8,000", then Blinken's 8,000, stays Washington's.
    washington, blinken = numeric("Washington says 8,000 North Korean soldiers are in Kursk. Secretary of State "
                                  "Antony Blinken said about 8,000 North Korean soldiers had moved there.", aliases)
    assert (washington.attributed_to, blinken.attributed_to) == ("United States", "Antony Blinken")


def test_a_whole_armys_size_is_the_outlets_background_not_the_last_speakers(aliases) -> None:
    text = ("The NIS said 3,000 North Korean soldiers were in Russia. North Korea, which keeps about 1.2 million "
            "people in uniform, signed a defence treaty with Russia in June. Its active-duty military is by most "
            "estimates about 1.2 million strong. Few have seen combat: the standing army, usually estimated at about "
            "1.2 million, has not fought since 1953.")
    claims = numeric(text, aliases)
    assert [(c.value, c.attributed_to) for c in claims] == [
        (3000, "South Korea NIS"), (1_200_000, None), (1_200_000, None), (1_200_000, None)]
    # A speaker who says it still gives it.
    (said,) = numeric("Russia's army of about 1.3 million will grow, Putin said on Friday.", aliases)
    assert said.attributed_to == "Vladimir Putin"


def test_a_ratio_is_the_outlets_arithmetic_unless_a_speaker_says_it(aliases) -> None:
    (ratio,) = [c for c in extract_claims(doc(
        "The spy agency told lawmakers on Wednesday that about 3,000 troops were there. It is more than three "
        "times the count it gave a week ago."), aliases) if c.measure == "ratio"]
    assert (ratio.value, ratio.value_low, ratio.qualifier, ratio.unit) == (3, 3, "at_least", "times")
    assert ratio.attributed_to is None and ratio.event_date is None
    (said,) = [c for c in extract_claims(doc(
        "Ukraine's defence minister Rustem Umerov said on Friday that the number of troops had doubled."), aliases)
        if c.measure == "ratio"]
    assert said.attributed_to == "Rustem Umerov"
    assert said.event_date == date(2024, 10, 18)
    # A ratio set beside what a source said, or of a figure some source gave, is still the outlet's.
    for text in ("About 10,000 North Korean soldiers have been sent to eastern Russia, the Pentagon said Monday, a "
                 "count more than three times what the White House offered last Wednesday.",
                 "The Pentagon said on Monday that around 10,000 North Korean soldiers had been sent to eastern "
                 "Russia, roughly triple the White House's estimate of last week.",
                 "The number cited by the US Defense Department is more than three times the figure the White House "
                 "gave last Wednesday."):
        (beside,) = [c for c in extract_claims(doc(text, date(2024, 10, 29)), aliases) if c.measure == "ratio"]
        assert (beside.attributed_to, beside.event_date) == (None, None), text


def test_a_records_bold_speaker_labels_speak_and_short_labels_name_who_spoke_before(aliases) -> None:
    text = ("The following is an abridged record of Thursday's committee session on the North Korean troop "
            "deployment.\n\n"
            "**Rep. Han Ji-seok (People Power Party):** How many North Korean soldiers are in Russia today?\n\n"
            "**Defense Minister Kim Yong-hyun:** Our assessment is the same as the NIS's. About 1,500 went in the "
            "first transport, and another group of about 1,500 followed this week, so about 3,000 are now in "
            "Russia.\n\n"
            "**JCS Chairman Kim Myung-soo:** There is no sign that they have been sent to the front line.\n\n"
            "**Rep. Han:** Ukraine's intelligence service says 12,000 are already there in Russia.\n\n"
            "**Minister Kim:** In our view, 12,000 is roughly what the North intends to send to Russia in the end.\n\n"
            "**Background:** The committee met 14 times this year on North Korea.\n")
    claims = [c for c in extract_claims(doc(text, date(2024, 10, 25)), aliases) if c.kind == "numeric"]
    by_quote = {c.quote: c for c in claims}

    def who(c) -> str:
        return (c.attributed_to or "").replace("-", " ").lower()

    firsts = [c for c in claims if c.value == 1500]
    assert len(firsts) == 2 and all(who(c) == "kim yong hyun" and c.measure == "troops" for c in firsts)
    (now,) = [c for c in claims if c.value == 3000]
    assert who(now) == "kim yong hyun" and now.measure == "troops"
    relayed, own = sorted((c for c in claims if c.value == 12000), key=lambda c: c.start_char)
    assert relayed.attributed_to == "Ukraine HUR"
    assert who(own) == "kim yong hyun"  # "Minister Kim" is the minister, not the JCS chairman
    assert not any(who(c) == "background" for c in claims) and len(by_quote) == len(claims)


def test_a_fear_is_a_stance_someone_holds(aliases) -> None:
    claims = extract_claims(doc("Seoul fears Moscow could transfer know-how for satellites, submarines or missiles "
                                "in return for the troops."), aliases)
    (fear,) = [c for c in claims if c.kind == "statement"]
    assert fear.attributed_to == "South Korea"
    assert fear.quote.startswith("Moscow could transfer know-how")


def test_whose_troops_a_story_is_about_the_title_says_by_its_possessive(aliases) -> None:
    text = ("Readers ask how many there are now. On Monday the Pentagon said around 10,000 had been sent to eastern "
            "Russia. Russia has not confirmed it, and Russia's state media say nothing. On Tuesday the NIS told "
            "lawmakers it was more than 10,000.")
    story = Document(uri="mem://test", text=text, title="Your questions on North Korea's soldiers in Russia",
                     published_at=datetime(2024, 11, 1, tzinfo=timezone.utc))
    figures = [c for c in extract_claims(story, aliases) if c.kind == "numeric"]
    assert len(figures) == 2 and {c.subject for c in figures} == {"North Korea"}


def test_a_source_that_lays_out_counts_and_the_figures_that_follow_its_count(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "Seoul's National Intelligence Service laid out the first part of the operation on October 18: about 1,500 "
        "special-forces soldiers carried aboard four Russian landing ships, with three escorts, and 12,000 to follow "
        "in all. Ukraine's military intelligence counted about 12,000 even earlier."), aliases) if c.kind == "numeric"]
    by_value = {}
    for c in claims:
        by_value.setdefault(c.value, []).append(c)
    assert by_value[4][0].measure == "ships" and by_value[1500][0].attributed_to == "South Korea NIS"
    planned, earlier = sorted(by_value[12000], key=lambda c: c.start_char)
    assert planned.measure == "troops" and planned.attributed_to == "South Korea NIS"  # not 12,000 more ships
    assert earlier.measure == "troops" and earlier.attributed_to == "Ukraine HUR"


def test_a_count_that_is_a_figure_and_a_speaker_who_spoke_of_one(aliases) -> None:
    script = Document(uri="mem://test", title="The National: North Korean troops in Russia", text=(
        "Nobody can say how many North Korean soldiers are in Russia tonight. Seoul's count of those already moved "
        "is about fifteen hundred. Last week President Volodymyr Zelensky spoke of some 10,000 being prepared, and "
        "an American official spoke on Tuesday of several hundred casualties."),
        published_at=datetime(2024, 10, 18, tzinfo=timezone.utc))
    claims = [c for c in extract_claims(script, aliases) if c.kind == "numeric"]
    seoul, zelensky, official = sorted(claims, key=lambda c: c.start_char)
    assert (seoul.value, seoul.attributed_to) == (1500, "South Korea")
    assert (zelensky.value, zelensky.measure, zelensky.attributed_to) == (10000, "troops", "Volodymyr Zelensky")
    assert official.attributed_to == "United States official" and official.event_date == date(2024, 10, 15)


def test_soldiers_counted_as_they_fell_are_the_dead_the_wounded_or_both(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "The NIS said at least 100 North Korean soldiers had been killed and nearly 1,000 wounded. Ukraine's "
        "military intelligence said at least 30 North Korean soldiers were killed or wounded in a single weekend, "
        "and that about 11,000 North Korean soldiers are in Kursk."), aliases) if c.kind == "numeric"]
    assert {c.value: c.measure for c in claims} == {100: "killed", 1000: "wounded", 30: "casualties",
                                                    11000: "troops"}


def test_one_demonym_on_troops_names_whose_troops_a_story_counts(aliases) -> None:
    feature = Document(uri="mem://test", title="The Soldiers Nobody Will Name", text=(
        "Ukraine's government released a video, saying it showed North Korean soldiers being issued uniforms in "
        "Russia's Primorsky region. Russia has said nothing about it, and Russia's state media are silent.\n\n"
        "Seoul's spy agency laid out the first part of the operation on October 18: about 1,500 special-forces "
        "soldiers carried aboard four Russian landing ships, and 12,000 to follow in all."),
        published_at=datetime(2024, 12, 10, tzinfo=timezone.utc))
    soldiers = [c for c in extract_claims(feature, aliases) if c.measure == "troops"]
    assert sorted(c.value for c in soldiers) == [1500, 12000]
    assert {c.subject for c in soldiers} == {"North Korea"}


def test_a_speaker_named_in_apposition_says_what_follows_the_day(aliases) -> None:
    claims = extract_claims(doc("NATO's secretary general, Mark Rutte, said on Monday the alliance could not yet "
                                "confirm North Korean soldiers were fighting."), aliases)
    (doubt,) = [c for c in claims if c.kind == "statement"]
    assert doubt.attributed_to == "Mark Rutte"  # not "the alliance" read as an inverted speaker ("..., said NATO")
    assert doubt.quote.endswith("were fighting") and "Rutte" not in doubt.quote


def test_the_age_after_a_hyphenated_given_name(aliases) -> None:
    (age,) = [c for c in extract_claims(doc("Park Chol-su, 41, served in the North's Storm Corps before he defected."),
                                        aliases) if c.kind == "numeric"]
    assert (age.value, age.measure, age.subject) == (41, "age", "Park Chol-su")


def test_whom_troops_are_sent_to_help_does_not_own_them(aliases) -> None:
    (brigades, soldiers) = [c for c in extract_claims(doc(
        "It says Pyongyang has decided to send four brigades to help Russia, about 12,000 soldiers in all."), aliases)
        if c.kind == "numeric"]
    assert (soldiers.value, soldiers.measure, soldiers.subject) == (12000, "troops", "North Korea")


def test_a_bare_figure_far_below_the_ships_counts_the_soldiers_before_them(aliases) -> None:
    script = Document(uri="mem://test", title="Seoul says North Korean troops are on their way to Russia", text=(
        "According to South Korea's spy agency, the first 1,500 North Korean troops were carried on four Russian "
        "navy landing ships and escorted by three warships.\n\n"
        "The men were handed Russian uniforms.\n\n"
        "Moscow denies all of it.\n\n"
        "Nobody here can say how many are in Russia tonight. Seoul's count of those already moved is about fifteen "
        "hundred."), published_at=datetime(2024, 10, 22, tzinfo=timezone.utc))
    (count,) = [c for c in extract_claims(script, aliases) if c.kind == "numeric" and c.start_char > 200]
    assert (count.value, count.measure, count.subject) == (1500, "troops", "North Korea")


def test_escorts_are_ships_of_their_own_kind_and_the_fallen_counted_after_a_phrase(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "They were carried on four Russian navy landing ships and escorted by three warships. The NIS said at least "
        "100 North Korean soldiers sent to Russia had been killed in combat."), aliases) if c.kind == "numeric"]
    landing, escorts, dead = sorted(claims, key=lambda c: c.start_char)
    assert landing.measure == escorts.measure == "ships"
    assert "escort" in (escorts.measure_detail or "") and "escort" not in (landing.measure_detail or "")
    assert (dead.value, dead.measure) == (100, "killed")


def test_a_clause_after_said_is_what_was_said_and_a_named_adviser_says_it(aliases) -> None:
    (said,) = [c for c in extract_claims(doc(
        "Last month Shin Won-sik, the national security adviser, said Russia appeared to have supplied air-defence "
        "equipment."), aliases) if c.kind == "statement"]
    assert said.attributed_to == "Shin Won-sik"  # not Russia as an inverted speaker, nor nobody for "the adviser"
    assert said.quote == "Russia appeared to have supplied air-defence equipment"


def test_decades_bare_casualties_and_a_possessive_headline(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "Han, who has studied the North Korean army for two decades, disagrees. Ukraine's military intelligence "
        "said at least 30 were killed or wounded in a single weekend."), aliases) if c.kind == "numeric"]
    assert [(c.value, c.measure) for c in claims] == [(20, "years"), (30, "casualties")]
    chat = Document(uri="mem://test", title="Your questions on North Korea's soldiers in Russia", text=(
        "You are not imagining it, the number has grown fast. On Oct. 23 Seoul's intelligence service, the NIS, "
        "spoke of about 3,000."), published_at=datetime(2024, 11, 1, tzinfo=timezone.utc))
    (spoke,) = [c for c in extract_claims(chat, aliases) if c.kind == "numeric"]
    assert (spoke.value, spoke.measure, spoke.attributed_to) == (3000, "troops", "South Korea NIS")


def test_who_gave_the_same_figure_gives_it(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "At the United Nations on Monday, Ukraine's ambassador Sergiy Kyslytsya gave the same 11,000 North Korean "
        "troops. Last week President Volodymyr Zelensky spoke of some 10,000 being prepared."), aliases)
        if c.kind == "numeric"]
    same, prepared = claims
    assert (same.attributed_to, same.subject) == ("Sergiy Kyslytsya", "North Korea")  # not Ukraine's troops
    assert (prepared.value, prepared.subject) == (10000, "North Korea")


def test_the_day_that_closes_a_verbs_object_before_a_colon_dates_what_follows(aliases) -> None:
    (soldiers,) = [c for c in extract_claims(doc(
        "Seoul's National Intelligence Service laid out the first part of the operation on October 18: about 1,500 "
        "special-forces soldiers carried to Vladivostok."), aliases) if c.kind == "numeric"]
    assert (soldiers.value, soldiers.event_date) == (1500, date(2024, 10, 18))


def test_an_owned_first_figure_and_a_figure_from_a_source(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "Ukraine's military intelligence put the number of North Korean troops at about 12,000 on Oct. 24. But be "
        "careful: the NIS's own first figure was also 12,000, and that was the size of the whole plan. About 1,500 went first, in "
        "mid-October."), aliases) if c.kind == "numeric"]
    assert [c.attributed_to for c in claims] == ["Ukraine HUR", "South Korea NIS", "South Korea NIS"]
    (sites,) = [c for c in extract_claims(doc(
        "Ukrainian sites led on Thursday with a figure from Kyiv's military intelligence agency, HUR: about 12,000 "
        "North Korean soldiers already in Russia."), aliases) if c.kind == "numeric"]
    assert sites.attributed_to == "Ukraine HUR"


def test_who_puts_the_regions_figure_at_a_number_gives_it(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "Rustem Umerov said 15,000 North Korean troops could come. President Volodymyr Zelensky now puts the Kursk "
        "figure at 11,000."), aliases) if c.kind == "numeric"]
    assert [(c.value, c.attributed_to) for c in claims] == [(15000, "Rustem Umerov"), (11000, "Volodymyr Zelensky")]


def test_who_is_putting_the_figure_at_a_number_gives_it_on_the_main_clauses_day_and_for_its_place(aliases) -> None:
    text = ("The NIS said on Wednesday that about 3,000 North Korean troops were in Russia. Ukraine's military "
            "intelligence agency went further last Thursday, putting the figure at about 12,000. By 4 November "
            "President Volodymyr Zelensky was putting the Kursk figure at 11,000.")
    found = [(c.value, c.attributed_to, c.event_date, c.place) for c in numeric(text, aliases, date(2024, 11, 6))]
    assert found[1:] == [(12000, "Ukraine HUR", date(2024, 10, 31), None),
                         (11000, "Volodymyr Zelensky", date(2024, 11, 4), "Kursk")]


def test_a_records_yesterday_is_the_day_before_its_session(aliases) -> None:
    text = ("The following is the record of Thursday's session of the committee on the North Korean troop "
            "deployment.\n\n"
            "**Rep. Oh Min-kyung (Democratic Party):** The White House said yesterday that at least 3,000 troops "
            "had been moved.\n")
    (moved,) = [c for c in extract_claims(doc(text, date(2024, 10, 25)), aliases) if c.kind == "numeric"]
    assert moved.event_date == date(2024, 10, 23)  # the session was on Thursday the 24th; the page is Friday's


def test_a_figure_said_a_week_ago_has_no_day_but_is_as_of_that_week(aliases) -> None:
    (figure,) = [c for c in extract_claims(doc("Ukraine's military intelligence said a week ago that 12,000 North "
                                               "Korean troops were in Russia.", date(2024, 11, 1)), aliases)
                 if c.kind == "numeric"]
    assert figure.event_date is None and figure.as_of == date(2024, 10, 25)


def test_a_short_label_is_told_apart_by_its_title_when_two_speakers_share_a_name(aliases) -> None:
    text = ("The record of Thursday's committee session on the North Korean troop deployment.\n\n"
            "**JCS Chairman Kim Myung-soo:** There is no sign that the troops have been sent to the front line.\n\n"
            "**Defense Minister Kim Yong-hyun:** About 3,000 North Korean troops are now in Russia.\n\n"
            "**Chairman Kim:** I repeat that about 3,000 North Korean troops are training in the Far East.\n\n"
            "**Minister Kim:** We expect about 10,000 North Korean troops by December.\n")
    claims = [c for c in extract_claims(doc(text, date(2024, 10, 25)), aliases) if c.kind == "numeric"]
    who = [(c.value, (c.attributed_to or "").replace("-", " ").lower()) for c in claims]
    assert who == [(3000, "kim yong hyun"), (3000, "kim myung soo"), (10000, "kim yong hyun")]


def test_a_role_speaker_starts_after_the_words_that_lead_to_it(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "Two of the diplomats said the briefing put the number of North Korean soldiers at more than 10,000. "
        "Two newspapers also quoted Polish military intelligence, which estimated that about 1,200 Russian soldiers "
        "fell each day."), aliases) if c.kind == "numeric"]
    assert [c.attributed_to for c in claims if c.value in (10000, 1200)] == ["diplomats", "Poland military intelligence"]


def test_who_gives_the_count_before_a_colon_and_whose_country_names_a_body(aliases) -> None:
    dead, wounded, first = [c for c in extract_claims(doc(
        "On Thursday the NIS gave its most detailed breakdown yet: at least 100 killed and about 1,000 wounded, "
        "according to lawmakers. On Oct. 23, the ROK spy agency put the number at about 3,000."), aliases)
        if c.kind == "numeric"]
    assert (dead.attributed_to, wounded.attributed_to) == ("South Korea NIS", "South Korea NIS")
    assert first.attributed_to == "South Korea"  # the country's agency, not a body named before
    (members,) = [c for c in extract_claims(doc(
        "The NIS gave the figure at a closed hearing, according to Rep. Park Sun-won and Rep. Lee Seong-kweun, "
        "the committee's two senior members."), aliases) if c.kind == "numeric"]
    assert members.attributed_to is None  # no colon: "gave the figure" gives nothing after it


def test_who_puts_a_force_at_a_figure_spoke_of_it_or_settled_on_it_gives_it(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "Moscow puts the Ukrainian force in the region at about 20,000. Kim Yong Hyun had spoken two days earlier "
        "of 3,000 North Korean troops. By then the Pentagon had settled on about 10,000."), aliases)
        if c.kind == "numeric" and c.measure == "troops"]
    assert [(c.value, c.attributed_to) for c in claims] == [
        (20000, "Kremlin"), (3000, "Kim Yong Hyun"), (10000, "US Department of Defense")]  # Moscow speaks: the Kremlin


def test_by_whose_count_a_figure_stands_and_whose_figure_it_is(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "By Seoul's count about 3,000 North Korean troops had arrived, and by Kyiv's count 12,000. Kyrylo Budanov "
        "spoke on Oct. 24. By Friday the NIS's count stood at about 3,000, Budanov's at about 12,000. "
        "Zelensky's 10,000 and Seoul's 12,000 are plans."), aliases) if c.kind == "numeric"]
    assert [(c.value, c.attributed_to) for c in claims] == [
        (3000, "South Korea"), (12000, "Ukraine"), (3000, "South Korea NIS"), (12000, "Kyrylo Budanov"),
        (10000, "Volodymyr Zelensky"), (12000, "South Korea")]
    (owned,) = [c for c in extract_claims(doc("Russia's 600,000 troops in Ukraine outnumber the defenders."), aliases)
                if c.kind == "numeric"]
    assert owned.attributed_to is None  # a country's troops are its own, not its figure


def test_a_polls_shares_are_its_pollsters_findings(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "A Gallup Korea survey found most South Koreans oppose arming Ukraine. Gallup Korea interviewed 1,001 adults "
        "from Oct. 15 to 17. Asked about weapons, 13 percent of respondents backed lethal aid, and 66 percent "
        "opposed any arms. The ministry said last week that 3,000 troops had left North Korea."), aliases)
        if c.kind == "numeric"]
    by_value = {c.value: c.attributed_to for c in claims}
    assert (by_value[13], by_value[66]) == ("Gallup Korea", "Gallup Korea")
    assert by_value[3000] != "Gallup Korea"


def test_a_day_gone_by_that_opens_a_count_is_when_it_stood_not_a_giver_s_figure(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "By October 15 South Korea's defence ministry counted about 1,500 soldiers already in Russia; the next day "
        "the HUR said 11,000 soldiers were there.", published=date(2024, 12, 2)), aliases) if c.kind == "numeric"]
    assert [(c.value, c.attributed_to, c.event_date) for c in claims] == [
        (1500, "South Korea defence ministry", date(2024, 10, 15)), (11000, "Ukraine HUR", date(2024, 10, 16))]
    (ahead,) = [c for c in extract_claims(doc("By December 15 the North will have sent 10,000 troops.",
                                               published=date(2024, 12, 2)), aliases) if c.kind == "numeric"]
    assert ahead.event_date != date(2024, 12, 15)  # a deadline ahead is not when anything stood
    (counted,) = [c for c in extract_claims(doc("By October 15 the NIS counted about 1,500 soldiers in Russia.",
                                                 published=date(2024, 12, 2)), aliases) if c.kind == "numeric"]
    assert (counted.value, counted.measure, counted.attributed_to) == (1500, "troops", "South Korea NIS")
    bare = "By October 15 the NIS counted about 1,500 already in Russia."
    (att,) = find_attributions(bare, aliases.find(bare), aliases)
    assert not att.gives_figure and att.content_start > bare.index("counted")  # what it counted, not "15"


def test_a_time_a_sentence_is_set_in_and_the_sources_counted_are_no_claims(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "The first strike came two days later. Moscow's reply, three days later, was a drone raid. After four days, "
        "the column moved. The ministry had reported 1,500 soldiers six days before. According to three diplomats "
        "who were present, the slides showed more than 10,000 soldiers. Two of the officials said 12,000 soldiers "
        "were planned. The NIS briefed the committee, according to two members, on 3,000 soldiers."), aliases)
        if c.kind == "numeric"]
    assert [(c.value, c.measure) for c in claims] == [
        (1500, "troops"), (6, "days"), (10000, "troops"), (12000, "troops"), (3000, "troops")]


def test_a_figure_of_local_colour_in_a_war_story_is_no_claim(aliases) -> None:
    text = ("North Korean troops have been deployed to Russia.\n\nIn the village, a litre of petrol costs "
            "58 hryvnias and the bakery sells 300 loaves a day. The platoon counted 40 drones overhead. A survey of "
            "1,000 residents found that 62 percent wanted to stay.")
    values = [c.value for c in extract_claims(doc(text), aliases) if c.kind == "numeric"]
    assert 58 not in values and 300 not in values  # the village's prices and bread
    assert 40 in values and 1000 in values and 62 in values  # the war's words, a survey's
    quiet = [c.value for c in extract_claims(doc("In the village, a litre of petrol costs 58 hryvnias."), aliases)
             if c.kind == "numeric"]
    assert quiet == [58]  # a story not about troops keeps its prices


def test_a_named_persons_age_in_a_war_story_is_no_colour(aliases) -> None:
    text = ("North Korean troops have been deployed to Russia.\n\nIn Santa Clara, the news landed hard. \"My family "
            "got out,\" said Grace Lim, 34, who runs a bakery. A loaf there costs 6 dollars.")
    ages = [(c.value, c.measure, c.subject) for c in extract_claims(doc(text), aliases) if c.kind == "numeric"]
    assert ages == [(34, "age", "Grace Lim")]  # her age is annotated; the bakery's price is colour


def test_a_digest_whose_troops_come_last_is_a_war_story_all_through(aliases) -> None:
    # A weekly digest: a long paragraph of home news first, the war's paragraph last.
    home = "The council debated the library's opening hours again, and nobody on it agreed with anyone. " * 18
    text = (home + "\n\nIn the village, a litre of petrol costs 58 hryvnias.\n\n"
            "North Korean troops have reached Kursk, and the Pentagon said about 10,000 soldiers were sent.")
    assert len(home) > 1500  # (beyond the lead a story is told by)
    values = [c.value for c in extract_claims(doc(text), aliases) if c.kind == "numeric"]
    assert values == [10000]


def test_a_subheading_and_read_next_links_claim_nothing(aliases) -> None:
    text = ("The Pentagon said about 10,000 soldiers were sent.\n\n**What 10,000 light infantry can do**\n\n"
            "They would add to Russia's forces.\n\n**Didn't Seoul already say 12,000?**\n\nIt did.\n\n"
            "Read next: Army to cut 24,000 positions as it reshapes the force\n\nRELATED CONTENT\n"
            "Pentagon's drawdown authority: $5.9 billion left, and 89 days to use it")
    values = [c.value for c in extract_claims(doc(text), aliases) if c.kind == "numeric"]
    assert values == [10000, 12000]  # the bold question is a sentence; the subheading and the links are not


def test_he_is_whom_the_sentence_before_opens_with_though_it_gives_no_figure(aliases) -> None:
    text = ("NATO Secretary General Mark Rutte said the alliance could not confirm that North Korean soldiers were "
            "fighting.\n\nUkraine's military intelligence chief, Kyrylo Budanov, went further in an interview with "
            "the news site Ukrainska Pravda. He said around 11,000 North Korean infantrymen were being trained.")
    (claim,) = [c for c in extract_claims(doc(text), aliases) if c.kind == "numeric"]
    assert claim.attributed_to == "Kyrylo Budanov"


def test_raised_it_to_and_the_intelligence_service_are_speakers(aliases) -> None:
    text = ("North Korea has sent troops. Antony Blinken put the number in Kursk at about 8,000, and Volodymyr "
            "Zelensky raised it to 11,000.\n\nSouth Korea's National Intelligence Service briefed lawmakers on "
            "Tuesday. The Guardian noted that the intelligence service had put the planned contingent at 12,000.")
    claims = [c for c in extract_claims(doc(text), aliases) if c.kind == "numeric"]
    assert [(c.value, c.attributed_to) for c in claims] == [
        (8000, "Antony Blinken"), (11000, "Volodymyr Zelensky"), (12000, "South Korea NIS")]


def test_days_later_counts_from_the_day_named_before(aliases) -> None:
    text = ("North Korean troops are in Russia. On October 23 the White House said at least 3,000 had arrived. "
            "Five days later, the Pentagon put the "
            "figure at around 10,000. Antony Blinken put the number in Kursk at about 8,000 on 31 October, and "
            "Volodymyr Zelensky raised it to 11,000 four days later.")
    claims = [c for c in extract_claims(doc(text, date(2024, 11, 10)), aliases) if c.kind == "numeric"]
    assert [(c.value, c.measure, c.event_date) for c in claims] == [
        (3000, "troops", date(2024, 10, 23)), (10000, "troops", date(2024, 10, 28)),
        (8000, "troops", date(2024, 10, 31)), (11000, "troops", date(2024, 11, 4))]


def test_a_member_of_a_party_or_institute_speaks_not_the_body(aliases) -> None:
    for sentence, speaker in [
            ("That brings the number to about 3,000 soldiers, lawmaker Kim Min-jun of the opposition Democratic "
             "Party told reporters.", "Kim Min-jun"),
            ("Kim Dong-hyun of the Korea Institute for Defense Analyses said 3,000 soldiers had gone.", "Kim Dong-hyun"),
            ("The Bank of Korea said 3,000 soldiers had gone.", "Bank of Korea")]:
        (att,) = find_attributions(sentence, aliases.find(sentence), aliases)
        assert att.speaker == speaker


def test_a_countrys_estimate_given_by_its_own_body_is_the_bodys(aliases) -> None:
    for sentence, speaker in [
            ('Washington\'s estimate is close: "at least 3,000", according to the White House.', "White House"),
            ("Seoul's estimate is 3,000, according to Yonhap.", "South Korea"),  # an outlet relays it
            ("Seoul's estimate is 3,000, according to the Pentagon.", "South Korea")]:  # another country's body
        (att,) = find_attributions(sentence, aliases.find(sentence), aliases)
        assert att.speaker == speaker


def test_a_ministry_that_calls_the_deployment_something_is_a_speaker(aliases) -> None:
    for sentence, speaker, pronoun in [
            ("The foreign ministry called the deployment a violation of UN resolutions.", None, True),
            ("The foreign ministry in Seoul has called the deployment a clear violation.",
             "South Korea foreign ministry", False),
            ("Seoul protested, and its foreign ministry called the deployment illegal.", "its foreign ministry", False)]:
        (att,) = find_attributions(sentence, aliases.find(sentence), aliases)
        assert (att.speaker, att.pronoun, att.verb) == (speaker, pronoun, "called")
    assert find_attributions("The brigade called in artillery.", [], aliases) == []  # not a body


def test_its_ministry_is_the_ministry_of_the_country_the_sentence_opens_with(aliases) -> None:
    text = ("On Monday, South Korea summoned Russia's ambassador to demand the withdrawal of the North Korean troops, "
            "and its foreign ministry called the deployment a violation of U.N. Security Council resolutions.")
    (claim,) = [c for c in extract_claims(doc(text), aliases) if c.kind == "statement"]
    assert claim.attributed_to == "South Korea foreign ministry"


def test_his_office_is_a_presidents_presidential_office(aliases) -> None:
    text = ("In Seoul, President Yoon Suk Yeol convened an emergency security meeting on Friday. His office said "
            "afterward that the collaboration between Moscow and Pyongyang had become a grave security threat.\n\n"
            "Antony Blinken spoke in Washington. His office said the deployment posed a grave threat.")
    claims = [c for c in extract_claims(doc(text), aliases) if c.kind == "statement"]
    assert [c.attributed_to for c in claims] == ["South Korea presidential office", "Antony Blinken"]


def test_he_after_a_quote_is_whom_the_paragraph_opened_with(aliases) -> None:
    text = ("The summit closed on Thursday.\n\nPutin, asked at the closing news conference of the BRICS summit in "
            "Kazan about satellite pictures that appear to show North Korean troops in Russia, did not deny the "
            "reports. \"Images are a serious thing. If there are images, then they reflect something,\" he said.")
    claims = [c for c in extract_claims(doc(text), aliases) if c.kind == "statement"]
    (images,) = [c for c in claims if "they reflect something" in c.quote]
    assert images.attributed_to == "Vladimir Putin"


def test_a_demonym_of_another_counted_thing_does_not_own_the_troops(aliases) -> None:
    text = ("North Korea is sending troops to Russia. The NIS said a first batch of about 1,500 special forces had "
            "been shipped on four Russian navy landing ships, part of a planned force of about 12,000. Ukraine's "
            "military intelligence said about 12,000 North Korean soldiers were in Russia, among them 500 officers.")
    claims = [c for c in extract_claims(doc(text), aliases) if c.kind == "numeric"]
    assert [(c.value, c.measure, c.subject) for c in claims] == [
        (1500, "troops", "North Korea"), (4, "ships", "Russia"), (12000, "troops", "North Korea"),
        (12000, "troops", "North Korea"), (500, "troops", "North Korea")]


def test_a_countrys_bare_figure_is_its_estimate_of_the_troops_counted_before(aliases) -> None:
    text = ("Seoul counted about 3,000 North Korean soldiers in Russia. Seoul's 12,000 is a plan; Kyiv's 12,000 is a "
            "head count. Pyongyang's 12,000 troops are its own.")
    claims = [c for c in extract_claims(doc(text), aliases) if c.kind == "numeric"]
    assert [(c.value, c.subject) for c in claims] == [
        (3000, "North Korea"), (12000, "North Korea"), (12000, "North Korea"), (12000, "North Korea")]


def test_a_country_talking_about_a_figure_gives_it_and_does_not_own_it(aliases) -> None:
    text = ("North Korea has sent 3,000 soldiers to Russia. Colonel, a week ago Seoul was talking about 3,000. "
            "South Korean officials said they expected 10,000.")
    claims = [c for c in extract_claims(doc(text), aliases) if c.kind == "numeric"]
    assert [(c.value, c.subject, c.attributed_to) for c in claims] == [
        (3000, "North Korea", "South Korea"), (3000, "North Korea", "South Korea"),  # (the lede: _restated_sources)
        (10000, "North Korea", "South Korea officials")]


def test_a_countrys_people_in_the_plural_speak_for_it(aliases) -> None:
    for sentence, speaker in [("The South Koreans themselves said last week they expected 10,000 soldiers.", "South Korea"),
                              ("The Americans said 8,000 soldiers were in Kursk.", "United States"),
                              ("South Korean officials said 10,000 soldiers had gone.", "South Korea officials")]:
        att = find_attributions(sentence, aliases.find(sentence), aliases)[0]
        assert att.speaker == speaker


def test_the_day_right_after_a_figure_is_its_own(aliases) -> None:
    text = ("North Korea has sent 1,500 soldiers to Russia. Washington's estimate moved the same way, from at least "
            "3,000 on Oct. 23 to around 10,000 on Oct. 28.")
    claims = [c for c in extract_claims(doc(text, date(2024, 11, 2)), aliases) if c.kind == "numeric"]
    assert [(c.value, c.event_date) for c in claims] == [
        (1500, None), (3000, date(2024, 10, 23)), (10000, date(2024, 10, 28))]


def test_a_person_described_by_an_appositive_speaks_not_the_places_it_names(aliases) -> None:
    for sentence, speaker in [
            ("Lee Ji-hye, a North Korea specialist at a Seoul think tank, said 3,000 soldiers had gone.", "Lee Ji-hye"),
            ("Maj Gen Martin Meiners, the Pentagon spokesman, said 3,000 soldiers had gone.",
             "US Department of Defense"),  # a role at a body: the body, as before (for a person the table lacks)
            ("South Korea's spy agency, the NIS, said 3,000 soldiers had gone.", "South Korea NIS")]:
        (att,) = find_attributions(sentence, aliases.find(sentence), aliases)
        assert att.speaker == speaker


def test_troops_counted_in_a_country_are_not_that_countrys_own(aliases) -> None:
    text = ("North Korean troops are fighting for Russia. Russia has assembled a force of roughly 50,000 troops, North "
            "Korean soldiers among them. The number in Russia was estimated by the Pentagon last Monday at 11,000 to "
            "12,000.")
    claims = [c for c in extract_claims(doc(text), aliases) if c.kind == "numeric"]
    assert [(c.value_low, c.subject) for c in claims] == [(None, "Russia"), (11000, "North Korea")]


def test_how_long_something_went_on_is_a_claim_only_when_someone_gives_it(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "The hearing lasted about five hours. No convoy has crossed the bridge over the past ten days. The call, "
        "South Korea's defence ministry said, lasted about 20 minutes."), aliases) if c.kind == "numeric"]
    assert [(c.value, c.measure, c.attributed_to) for c in claims] == [(20, "minutes", "South Korea defence ministry")]


def test_a_condemnation_and_a_blame_are_statements_of_their_own(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "Tokyo has condemned the deployment. The Pentagon blamed the losses on poor training. South Korea "
        "cannot rule out that Russia will hand over missile technology."), aliases) if c.kind == "statement"]
    assert [(c.attributed_to, c.measure) for c in claims] == [
        ("Japan", "statement:condemn"), ("US Department of Defense", "statement:casualties"),
        ("South Korea", "statement:technology")]
    assert claims[0].quote.startswith("Tokyo has condemned")  # the verb is what was said


def test_one_name_after_the_role_it_holds_speaks(aliases) -> None:
    (assaults,) = [c for c in extract_claims(doc(
        "Her gunner, Sova, says the crew counted four assaults."), aliases) if c.kind == "numeric"]
    assert assaults.attributed_to == "Sova"
    (said,) = [c for c in extract_claims(doc("The officials, however, said 3,000 troops had left."), aliases)
               if c.kind == "numeric"]
    assert said.attributed_to != "However"


def test_who_keeps_calling_it_a_fake_denies_the_story(aliases) -> None:
    (kept,) = [c for c in extract_claims(doc("Moscow keeps calling all of it a fake."), aliases) if c.kind == "statement"]
    assert (kept.attributed_to, kept.measure, kept.polarity) == ("Kremlin", "statement:deploy", "deny")
    (dismissed,) = [c for c in extract_claims(doc("Zakharova dismissed them as propaganda."), aliases)
                    if c.kind == "statement"]
    assert (dismissed.measure, dismissed.polarity) == ("statement:deploy", "deny")


def test_a_count_of_troops_due_by_a_day_dates_their_sending(aliases) -> None:
    deadlines = [c for c in extract_claims(doc(
        "The NIS said as many as 10,000 North Korean soldiers could be in Russia by December. Seoul expects the "
        "total to reach 10,000 in Russia by December."), aliases) if c.kind == "date"]
    assert [(c.measure, c.subject) for c in deadlines] == [("date:move:deadline", "North Korea")] * 2


def test_the_troops_counted_just_before_a_move_s_window_own_it(aliases) -> None:
    (window,) = [c for c in extract_claims(doc(
        "The NIS said 1,500 North Korean soldiers were sent first. They were carried to Vladivostok aboard Russian "
        "navy ships between Oct. 8 and 13."), aliases) if c.kind == "date"]
    assert (window.measure, window.subject) == ("date:move:when", "North Korea")  # not the ships' Russia


def test_what_pyongyang_may_get_in_return_is_the_technology_frame_whatever_it_is_feared_for(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "Yoon said he was concerned that Russia could give the North technology for its missiles. Tokyo said "
        "Moscow may share satellite technology in return."), aliases) if c.kind == "statement"]
    assert [c.measure for c in claims] == ["statement:technology", "statement:technology"]


def test_who_will_win_is_not_a_pledge_until_victory(aliases) -> None:
    forecast, pledge = [c for c in extract_claims(doc(
        "Choe said the North believed Russia would win. She said Pyongyang would stand with Moscow until victory."),
        aliases) if c.kind == "statement"]
    assert (forecast.measure, pledge.measure) == ("statement", "statement:victory")


def test_who_puts_it_at_a_figure_gives_it(aliases) -> None:
    (pay,) = [c for c in extract_claims(doc("South Korean intelligence has put it at about $2,000 too."), aliases)
              if c.kind == "numeric"]
    assert pay.attributed_to == "South Korea NIS"


def test_how_a_market_moved_is_no_claim_unless_someone_gives_it(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "North Korean troops are in Russia, the NIS said. Hanwha Aerospace shares rose 6.2% in Seoul. The "
        "benchmark Kospi fell 0.5%. The ministry said the deal would be worth $20 billion."), aliases)
        if c.kind == "numeric"]
    assert [c.value for c in claims] == [20e9]
    briefing = [c.value for c in extract_claims(doc(
        "North Korean troops are in Russia, the NIS said. The S&P 500 slipped about 0.3% and Bitcoin neared $90,000. "
        "Economists polled by Dow Jones expect prices to have risen 2.6% from a year earlier. The central bank decides "
        "on the key rate tomorrow; it now stands at 21%. Seoul said the soldiers "
        "are paid $2,000 a month."), aliases) if c.kind == "numeric"]
    assert briefing == [2000]  # index moves, crypto and a forecast by no one in the story are the markets'


def test_a_sentence_about_what_someone_else_did_is_not_more_of_the_last_speaker(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "Zelensky said 11,000 North Korean soldiers were in Kursk. Russia has massed about 50,000 soldiers to retake "
        "the region. The NIS said 3,000 soldiers had left. Seoul's forecast of 10,000 soldiers by December was met "
        "early."), aliases) if c.kind == "numeric"]
    assert [(c.value, c.attributed_to) for c in claims] == [
        (11000, "Volodymyr Zelensky"), (50000, None), (3000, "South Korea NIS"), (10000, "South Korea")]


def test_a_list_item_names_the_source_of_its_figures_before_the_colon(aliases) -> None:
    text = ("North Korean soldiers are fighting in Kursk.\n\n"
            "\u2014 South Korean intelligence: at least 100 North Korean soldiers killed, nearly 1,000 wounded\n\n"
            "\u2014 Ukraine's HUR: at least 30 North Koreans killed or wounded in one weekend\n\n"
            "- Kursk region: 11,000 North Korean troops")
    killed, wounded, weekend, kursk = numeric(text, aliases)
    assert (killed.attributed_to, wounded.attributed_to, weekend.attributed_to) == \
        ("South Korea NIS", "South Korea NIS", "Ukraine HUR")
    assert kursk.attributed_to != "Kursk"  # a place before the colon is where, not who


def test_who_puts_losses_at_a_figure_gives_it(aliases) -> None:
    (losses,) = numeric('The White House puts North Korean losses at "several hundred".', aliases)
    assert (losses.attributed_to, losses.measure, losses.subject) == ("White House", "casualties", "North Korea")


def test_a_lawmaker_speaking_after_an_agency_briefing_relays_the_agency(aliases) -> None:
    text = ("North Korea has sent troops to Russia.\n\nRep. Choi Jae-hyung of the People Power Party told reporters "
            "after a closed-door NIS briefing that \"an additional 1,500 or so soldiers appear to have been "
            "moved\".\n\n"
            "With that, the total \"is estimated at around 3,000,\" Choi said.")
    extra, total = numeric(text, aliases)
    assert (extra.attributed_to, total.attributed_to) == ("South Korea NIS", "South Korea NIS")
    (own,) = numeric("North Korea has sent troops to Russia.\n\nRep. Kim Min-jun told reporters after a party "
                     "briefing that 12,000 soldiers would be sent.", aliases)
    assert own.attributed_to == "Kim Min-jun"  # no agency's briefing: the lawmaker's own words


def test_an_owners_count_that_grew_or_stood_a_little_over_a_figure_is_theirs(aliases) -> None:
    grew, more, over = numeric("North Korean troops are in Russia. Then Seoul's own count grew to 3,000, and then to "
                               "more than 10,000 by the end of October. If you take Seoul's count of a little over "
                               "10,000, all are in Kursk.", aliases)
    assert (grew.attributed_to, more.attributed_to, over.attributed_to) == ("South Korea",) * 3
    (owned,) = numeric("Russia's 600,000 troops are there.", aliases)
    assert owned.attributed_to is None  # a country's own troops, not a count it gave


def test_a_clauses_opening_day_dates_its_speaker_and_its_participle(aliases) -> None:
    hur_12k, officers, generals = numeric(
        "On Thursday the GUR raised its estimate, saying that about 12,000 North Koreans, including 500 officers and "
        "three generals, are already in Russia.", aliases, date(2024, 10, 25))
    assert {hur_12k.event_date, officers.event_date, generals.event_date} == {date(2024, 10, 24)}
    pentagon, nis = numeric("On Monday the Pentagon said around 10,000 soldiers had been sent to eastern Russia, and "
                            "on Tuesday the NIS told lawmakers that the figure was more than 10,000.", aliases,
                            date(2024, 10, 31))
    assert (pentagon.event_date, nis.event_date) == (date(2024, 10, 28), date(2024, 10, 29))
    brigades, troops = numeric("When the NIS first went public on Oct. 18, it said Pyongyang had decided to send four "
                               "brigades, about 12,000 troops, to Russia.", aliases, date(2024, 10, 31))
    assert (brigades.event_date, troops.event_date) == (date(2024, 10, 18), date(2024, 10, 18))
    blinken, kursk = numeric("Antony Blinken told a press conference after the South Korea-U.S. meeting at the State "
                             "Department on the 31st (local time) that of the roughly 10,000 North Korean soldiers in "
                             "Russia, about 8,000 are in Kursk.", aliases, date(2024, 11, 1))
    assert (blinken.event_date, kursk.event_date) == (date(2024, 10, 31), date(2024, 10, 31))


def test_this_was_reported_by_names_the_source_and_day_of_the_sentence_before(aliases) -> None:
    total, officers = numeric("North Korea has already sent about 12,000 of its soldiers to Russia, among them 500 "
                              "officers. This was reported on 24 October by the Main Intelligence Directorate of the "
                              "Ministry of Defence of Ukraine (HUR).", aliases, date(2024, 10, 25))
    assert {(c.attributed_to, c.event_date) for c in (total, officers)} == {("Ukraine HUR", date(2024, 10, 24))}
    (arrived,) = [c for c in extract_claims(doc("North Korean troops have arrived in Kursk. This was stated by "
                                                "President Zelensky in his evening address."), aliases)]
    assert (arrived.kind, arrived.attributed_to, arrived.quote) == \
        ("statement", "Volodymyr Zelensky", "North Korean troops have arrived in Kursk")
    kept = numeric("The NIS said 3,000 soldiers had left. This was reported by Yonhap.", aliases)
    assert [c.attributed_to for c in kept] == ["South Korea NIS"]  # a figure someone gives keeps its giver


def test_an_elections_or_the_weathers_figures_and_a_stranger_s_are_no_claims_of_a_war_story(aliases) -> None:
    claims = numeric(
        "North Korean troops are in Russia. Austin and Blinken hosted the \"2+2\" talks in Washington. The forecast "
        "calls for a high of 19 degrees in Seoul. Organizers say the festival drew over one million visitors. More "
        "than 41 million Americans had already voted early. The LDP won 215 of the 465 seats. It came eight days "
        "before the U.S. election, as Kyiv sought ATACMS missiles, which have a range of about 190 miles. Trump has "
        "said he would end the war within 24 hours if elected.", aliases)
    assert [c.value for c in claims] == [190, 24]


def test_a_fear_a_wariness_and_what_a_government_calls_it_are_statements(aliases) -> None:
    def statements(text: str) -> list[tuple[str | None, str]]:
        return [(c.attributed_to, c.quote) for c in extract_claims(doc(text), aliases) if c.kind == "statement"]

    assert statements("South Korean officials also fear that Pyongyang could receive Russian military technology.") \
        == [("South Korea officials", "Pyongyang could receive Russian military technology")]
    assert statements("The Japanese government is also wary that the cooperation could bring Pyongyang know-how.") \
        == [("Japan", "the cooperation could bring Pyongyang know-how")]
    assert statements("Seoul and Washington call it a violation of UN Security Council resolutions.")[0][1] == \
        "a violation of UN Security Council resolutions"
    turn = statements("MS. SINGH: A portion of those soldiers have already moved closer to Ukraine, and we are "
                      "increasingly concerned that Russia intends to use them in combat.")
    assert turn and turn[0][1].startswith("A portion of those soldiers")  # the briefer's own concern: the turn, whole


def test_an_owner_before_a_colon_gave_the_figure_after_it(aliases) -> None:
    (first,) = numeric("North Korean troops are in Russia. The first number we had was South Korea's: about 1,500 "
                       "special forces.", aliases)
    assert (first.attributed_to, first.subject) == ("South Korea", "North Korea")


def test_the_alliances_member_count_is_the_outlets_description_not_the_speakers(aliases) -> None:
    claims = numeric("Rutte said 3,000 North Korean troops are in Kursk. He briefed ambassadors from the alliance's "
                     "32 member states.", aliases)
    assert [(c.value, c.attributed_to) for c in claims] == [(3000, "Mark Rutte"), (32, None)]


def test_a_podcasts_untitled_bold_labels_after_timestamps_are_its_speakers(aliases) -> None:
    text = ("North Korean troops are in Russia.\n\n"
            "[00:04] **Antti Lehtinen:** This week: North Korean soldiers on the battlefield, and what it means.\n\n"
            "[02:40] **Saara Heikkinen:** I would say about 11,000 North Korean soldiers are in Kursk now.\n\n"
            "[03:10] **Antti Lehtinen:** So how many of them are fighting already?\n\n"
            "**[04:00] Saara Heikkinen:** I would be surprised if this were the last contingent.\n\n"
            "**Background:** About 12,000 soldiers were planned.")
    claims = extract_claims(doc(text), aliases)
    kursk = next(c for c in claims if c.value == 11000)
    assert kursk.attributed_to == "Saara Heikkinen"
    assert any(c.kind == "statement" and c.attributed_to == "Saara Heikkinen" and "last contingent" in c.quote
               for c in claims)
    planned = next(c for c in claims if c.value == 12000)
    assert planned.attributed_to is None  # a heading used once is no speaker


def test_more_settings_in_time_are_no_claims(aliases) -> None:
    claims = numeric("North Korean troops are in Russia. It took Washington almost four weeks to confirm it. So in "
                     "three weeks we went from none to 10,000 soldiers. The treaty took effect five days later. In the "
                     "nine days since, the NIS said 1,500 soldiers left. The NIS said the 3,000 it had reported six "
                     "days before were all in Russia.", aliases)
    assert [c.value for c in claims] == [10000, 1500, 3000, 6]  # a figure given "six days before" stays


def test_a_states_budget_or_exports_are_background_but_aid_and_the_soldiers_pay_are_not(aliases) -> None:
    text = ("North Korean troops are in Russia. Seoul's defense budget request of 61.6 trillion won was approved. "
            "Finland plans to spend more than 2.4 percent of GDP on defence. Congress approved about $61 billion in "
            "aid for Ukraine. At that rate, 11,000 soldiers would bring Pyongyang some $22 million a month, real "
            "money for a country whose exports are tiny.")
    values = [c.value for c in extract_claims(doc(text, date(2024, 10, 30)), aliases) if c.kind == "numeric"]
    assert 61.6e12 not in values and 2.4 not in values
    assert 61e9 in values and 22e6 in values


def test_verbs_in_a_row_share_their_subject_not_the_first_verbs_object(aliases) -> None:
    (demand,) = [c for c in extract_claims(doc(
        "First Vice Foreign Minister Kim Hong-kyun summoned Russian Ambassador Georgy Zinoviev, called the dispatch a "
        "clear violation of UN Security Council resolutions."), aliases) if c.kind == "statement"]
    assert demand.attributed_to == "Kim Hong-kyun"


def test_a_timeline_entrys_day_opened_by_a_dash_or_a_heading_dates_its_sentences(aliases) -> None:
    text = ("North Korean troops in Russia: a timeline.\n\n"
            "**October 23** \u2014 The NIS tells lawmakers a second group has arrived. The total is now about 3,000 "
            "soldiers, the agency says.\n\n"
            "### October 31\n\n"
            "Blinken says 8,000 soldiers are in Kursk.\n\n"
            "November 14, 2024\n\n"
            "Austin says 10,000 soldiers are in Russia.")
    total, kursk, russia = numeric(text, aliases, date(2024, 11, 14))
    assert (total.event_date, kursk.event_date) == (date(2024, 10, 23), date(2024, 10, 31))
    assert russia.event_date is None  # the page's own dateline heads no entry


def test_a_day_that_is_a_list_items_first_sentence_dates_the_item(aliases) -> None:
    text = ("Where the numbers stand.\n\n"
            "- Oct. 23. The NIS told lawmakers about 3,000 soldiers were in Russia. The White House said the same day "
            "that at least 3,000 had arrived.\n"
            "- Monday. The Pentagon said about 10,000 soldiers had been sent to eastern Russia.\n"
            "- Yesterday. The NIS said the number had passed 10,000.\n\n"
            "When did the count start? Monday. Seoul says 12,000 soldiers will go.")
    claims = numeric(text, aliases, date(2024, 10, 30))
    assert [(c.value, str(c.event_date)) for c in claims] == [
        (3000, "2024-10-23"), (3000, "2024-10-23"), (10000, "2024-10-28"), (10000, "2024-10-29"), (12000, "None")]


def test_a_day_before_it_or_the_agency_is_the_counts_and_a_later_clause_keeps_its_own(aliases) -> None:
    claims = numeric("South Korea's National Intelligence Service (NIS) spoke first. By 23 October it counted about "
                     "3,000 soldiers, and by 29 October more than 10,000. On 31 October the same agency counted about "
                     "8,000 in Kursk.", aliases, date(2024, 11, 14))
    assert [(c.value, c.attributed_to, str(c.event_date)) for c in claims] == [
        (3000, "South Korea NIS", "2024-10-23"), (10000, "South Korea NIS", "2024-10-29"),
        (8000, "South Korea NIS", "2024-10-31")]
    assert claims[0].quote.startswith("about 3,000")  # (the day opens the sentence; the quote is the count's)


def test_an_estimate_named_by_its_owner_for_a_place_or_by_a_country_is_the_owners(aliases) -> None:
    (kursk,) = numeric("U.S. Secretary of State Antony Blinken's figure for Kursk, given last Thursday, was about "
                       "8,000 soldiers.", aliases, date(2024, 11, 5))
    assert (kursk.attributed_to, kursk.place, str(kursk.event_date)) == ("Antony Blinken", "Kursk", "2024-10-31")
    rose = numeric("The U.S. estimate of those soldiers rose from at least 3,000 on Oct. 23 to around 10,000 on "
                   "Monday.", aliases, date(2024, 11, 5))
    assert [(c.value, c.attributed_to) for c in rose] == [(3000, "United States"), (10000, "United States")]
    (passed,) = [c for c in numeric("The Pentagon said on Oct. 28 that around 10,000 soldiers had been sent to the "
                                    "Far East, and Seoul's own count passed 10,000 the next day.", aliases,
                                    date(2024, 11, 5)) if c.quote.startswith("Seoul")]
    assert passed.attributed_to == "South Korea"
    # A country's figure that is no figure here is nobody's estimate: "The American figure is a week old".
    assert all(a.verb != "estimate" for a in find_attributions(
        "The American figure is a week old, and 3,000 soldiers were still arriving.", aliases.find(
            "The American figure is a week old, and 3,000 soldiers were still arriving."), aliases))


def test_a_country_or_agency_that_counts_a_figure_gives_it(aliases) -> None:
    seoul = numeric("Seoul at that point counted only about 1,500 North Koreans who had crossed into Russia.", aliases)
    agency = numeric("South Korea's spy agency now counts around 3,000 North Korean soldiers in Russia.", aliases)
    assert [c.attributed_to for c in seoul] == ["South Korea"]
    assert [c.attributed_to for c in agency] == ["South Korea NIS"]
    # A country counting what is not a figure is no speaker: "Russia counted on its allies".
    assert find_attributions("Russia counted on its allies for 10 years.", aliases.find(
        "Russia counted on its allies for 10 years."), aliases) == []


def test_it_is_the_body_the_sentence_before_opened_with_and_an_estimate_may_take_an_aside(aliases) -> None:
    count = numeric("Since mid-October, South Korean intelligence has raised its count of North Korean soldiers "
                    "sevenfold. On 18 October it spoke of about 1,500 special forces ferried to Vladivostok. On 23 "
                    "October it said the number had grown to about 3,000.", aliases, date(2024, 11, 1))
    assert [(c.value, c.attributed_to, str(c.event_date)) for c in count] == [
        (1500, "South Korea NIS", "2024-10-18"), (3000, "South Korea NIS", "2024-10-23")]
    first = numeric("Seoul's first estimate, on October 18, was that North Korea had decided to send about 12,000 "
                    "troops.", aliases)
    assert [(c.attributed_to, str(c.event_date)) for c in first] == [("South Korea", "2024-10-18")]
    named = numeric("South Korea's National Intelligence Service had named a much smaller figure: about 3,000 troops.",
                    aliases)
    assert [c.attributed_to for c in named] == ["South Korea NIS"]
    # A country that opens a sentence nobody speaks in is "it" too, not the last speaker.
    seoul = numeric("Kyiv says 12,000 soldiers. Seoul counts what it has watched move. It says a first group of "
                    "about 1,500 special forces crossed in mid-October.", aliases)
    assert [(c.value, c.attributed_to) for c in seoul] == [(12000, "Ukraine"), (1500, "South Korea")]


def test_a_bold_timeline_entrys_day_dates_it_and_who_raises_an_estimate_gives_it(aliases) -> None:
    claims = numeric("Here is how the story unfolded.\n\n**Oct. 23:** The NIS tells lawmakers that about 3,000 North "
                     "Koreans are now in Russia.\n\n**Oct. 28** - The Pentagon raises its estimate to about 10,000.",
                     aliases, published=date(2024, 11, 14))
    assert [(c.value, c.attributed_to, str(c.event_date), c.quote) for c in claims] == [
        (3000, "South Korea NIS", "2024-10-23", "about 3,000 North Koreans"),
        (10000, "US Department of Defense", "2024-10-28", "about 10,000")]


def test_a_doubt_naming_no_event_doubts_the_statement_before_it(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "Umerov told KBS that the first small clashes with North Korean units have taken place. South Korea's "
        "Defense Ministry said it cannot confirm this. Separately, Seoul said it could not confirm whether troops "
        "had left."), aliases) if c.kind == "statement"]
    clash, doubt, other = claims
    assert (clash.measure, doubt.measure, doubt.polarity) == ("statement:clash", "statement:clash", "uncertain")
    assert other.measure != "statement:clash"  # a doubt naming its own event keeps its frame


def test_a_party_member_relaying_a_briefing_relays_the_agency_and_a_quote_never_starts_inside_a_word(aliases) -> None:
    claims = numeric("North Korea has sent about 3,000 soldiers to Russia, the NIS told the National Assembly. The "
                     "figures were relayed by Lee Seong-kweun of the ruling People Power Party and Park Sun-won of the "
                     "Democratic Party. According to Park, the agency expects the number to reach about 10,000.",
                     aliases)
    assert [c.attributed_to for c in claims if c.value in (3000, 10000)] == ["South Korea NIS", "South Korea NIS"]
    (ships,) = [c for c in numeric("The NIS said the troops were carried between the 8th and the 13th aboard four "
                                   "Russian navy landing ships.", aliases) if c.value == 4]
    assert ships.quote.startswith("aboard four")


def test_a_list_items_mark_is_no_part_of_its_speaker(aliases) -> None:
    (item,) = numeric("Other news.\n\n- The New York Times reported on Sunday, citing US officials, that Russia had "
                      "massed some 50,000 troops.", aliases, published=date(2024, 11, 12))
    assert str(item.event_date) == "2024-11-10" and "New York Times" in (item.attribution_chain or "")


def test_a_citing_after_what_an_outlet_reported_names_the_origin(aliases) -> None:
    (massed,) = numeric("On Sunday, The New York Times reported that Russia had massed about 50,000 troops, North "
                        "Koreans among them, to push Ukrainian forces out of Kursk, citing U.S. officials.", aliases,
                        published=date(2024, 11, 12))
    assert (massed.attributed_to, massed.subject) == ("United States", "Russia")
    assert "New York Times" in (massed.attribution_chain or "")
    # A person who cites his own intelligence after his words still says them himself.
    (reached,) = numeric("On Monday night, President Volodymyr Zelensky said in his nightly address that about 11,000 "
                         "North Korean soldiers had now reached the Kursk region, citing Ukraine's intelligence "
                         "services.", aliases, published=date(2024, 11, 5))
    assert reached.attributed_to == "Volodymyr Zelensky"


def test_an_exchange_rate_and_a_central_banks_rate_count_nothing(aliases) -> None:
    claims = numeric("About 3,000 North Korean soldiers are in Russia, the NIS said. Japan said it was coordinating "
                     "with Seoul. The yen slid past 153 to the dollar on Monday. The Reserve Bank is expected to leave "
                     "the cash rate at 4.35 per cent. Most analysts surveyed by Vedomosti expect the rate to be raised "
                     "from 19% to 20%.", aliases)
    assert [c.value for c in claims] == [3000]


def test_a_quoted_figure_that_a_source_had_cited_is_the_sources(aliases) -> None:
    claims = numeric('Around 10,000 North Korean soldiers are in Russia, the Pentagon said. The new estimate is well '
                     'above the "at least 3,000" that the White House had cited only last week.', aliases)
    assert [(c.value, c.qualifier, c.measure, c.attributed_to) for c in claims] == [
        (10000, "about", "troops", "US Department of Defense"), (3000, "at_least", "troops", "White House")]


def test_a_demand_is_a_statement_and_a_countrys_ministry_named_by_its_adjective_speaks(aliases) -> None:
    claims = [c for c in extract_claims(doc(
        "Kyiv says 12,000 soldiers are there, Peskov said. On Monday, First Vice Foreign Minister Kim Hong-kyun summoned "
        "Russian Ambassador Georgy Zinoviev and demanded the immediate withdrawal of the North Korean troops. The "
        "troops must be withdrawn, the South Korean foreign ministry said."), aliases)
        if c.kind == "statement" and "withdraw" in c.quote]
    assert [(c.measure, c.attributed_to) for c in claims] == [
        ("statement:summon", "Kim Hong-kyun"), ("statement:summon", "South Korea foreign ministry")]


def test_brushing_off_pointing_to_and_state_media_reporting_are_statements(aliases) -> None:
    said = [(c.attributed_to, c.quote) for c in extract_claims(doc(
        "The Kremlin's spokesman Dmitry Peskov brushed off the first reports as \"another fake\". Russian officials "
        "have instead pointed to the mutual defence clause of the treaty. North Korean state media report that Kim "
        "Jong Un has ratified the treaty by decree."), aliases) if c.kind == "statement"]
    assert [who for who, _ in said] == ["Dmitry Peskov", "Russia officials", "KCNA"]
    assert said[1][1] == "the mutual defence clause of the treaty"


def test_an_interviews_answers_under_bold_questions_are_the_interviewees(aliases) -> None:
    text = ("Seoul says 3,000 North Korean troops are in Russia.\n\nCTVNews.ca spoke with Hannah Seo, a researcher in "
            "Vancouver, about the numbers.\n\n**Who is right?**\n\nPossibly both. These soldiers will learn things in "
            "Russia that no exercise at home can teach them.\n\n**Will they fight?**\n\nMy own guess is that they "
            "will be used in Kursk first, to free up Russian units.\n\n*Watch: Seoul says North sent more troops "
            "(2:14)*\n\n*CTV's Question Period airs Sundays at 11 a.m. on the network.*")
    claims = extract_claims(doc(text), aliases)
    said = [(c.attributed_to, c.quote) for c in claims if c.kind == "statement"]
    assert [who for who, _ in said] == ["Hannah Seo", "Hannah Seo"]
    assert [c.value for c in claims if c.kind == "numeric"] == [3000]  # the video's running time is furniture
    # An explainer's bold questions, with nobody interviewed, are the outlet's own.
    explainer = text.replace("CTVNews.ca spoke with Hannah Seo, a researcher in Vancouver, about the numbers.", "")
    assert not [c for c in extract_claims(doc(explainer), aliases) if c.kind == "statement"]


def test_an_interviews_plain_questions_and_its_turns(aliases) -> None:
    # Questions that are plain lines, or bold and of more than one sentence; the guest named as "asked".
    text = ("Postimees asked Marek Kask, a researcher in Tallinn, what the numbers mean.\n\n"
            "**Seoul says about 3,000 North Korean soldiers are in Russia. Kyiv says 12,000. Who is right?**\n\n"
            "Possibly both, in a sense. Seoul counts what it has watched move. It says a first group of about 1,500 "
            "special forces crossed in mid-October.\n\n"
            "Will they fight?\n\n"
            "These soldiers have never seen a drone war, and that is what this war is.")
    claims = extract_claims(doc(text), aliases)
    who = {c.quote: c.attributed_to for c in claims}
    assert who["Seoul counts what it has watched move"] == "Marek Kask"
    assert who["These soldiers have never seen a drone war"] == "Marek Kask"
    assert [(c.value, c.attributed_to) for c in claims if c.kind == "numeric"] == \
        [(3000, "South Korea"), (12000, "Ukraine"), (1500, "South Korea")]  # "It says": Seoul, not the guest
    # A transcript's labels name their speakers: a guest that "held talks with" someone is no interviewee.
    studio = ("Choe Son Hui held talks with Sergei Lavrov on Friday.\n\nSOROKA: Are they a serious force?\n\n"
              "HRYTSENKO: They are drilled. I would not be surprised to see 15,000 North Korean soldiers "
              "there soon.\n\n"
              "SOROKA: Will there be more?\n\nHRYTSENKO: More will come, I have no doubt about it at all.")
    (more,) = numeric(studio, aliases)
    assert more.attributed_to != "Sergei Lavrov"


def test_who_summons_an_ambassador_named_between_and_demands_speaks(aliases) -> None:
    (demand,) = statements("Seoul summoned the Russian Ambassador, Georgy Zinoviev, on October 21 and demanded the "
                           "immediate withdrawal of the North Korean troops.", aliases)
    assert demand.attributed_to == "South Korea"
    (plain,) = statements("Seoul summoned the ambassador, Georgy Zinoviev, and demanded the withdrawal of the troops.",
                          aliases)
    assert plain.attributed_to == "South Korea"


def test_a_place_aside_between_speaker_and_verb_and_no_inversion_before_a_clause(aliases) -> None:
    (choe,) = statements("North Korean Foreign Minister Choe Son Hui, in Moscow for talks with her Russian counterpart "
                         "Sergei Lavrov on Friday, said Pyongyang would \"always stand firmly by our Russian comrades "
                         "until the day of victory\".", aliases)
    assert choe.attributed_to == "Choe Son Hui"
    assert choe.quote.startswith("Pyongyang would")


def test_a_broadcast_scripts_sound_bites_speak_for_their_own_line(aliases) -> None:
    text = ("[Anchor]\nAt a news conference closing the BRICS summit in Kazan today, President Vladimir Putin was "
            "asked about satellite photographs of the North Korean troops.\n(SOT) Putin (interpreted): \"Images are a "
            "serious thing. If there are images, they reflect something.\"\n\n(SOT) Austin: \"If they are "
            "participating in the war on Russia's behalf, this is a very, very serious issue.\"\n\n[Vladimir Putin / "
            "Russian President: Images are a serious thing.]")
    said = [(c.attributed_to, c.quote[:26]) for c in extract_claims(doc(text), aliases) if c.kind == "statement"]
    assert said == [("Vladimir Putin", "Images are a serious thing"), ("Vladimir Putin", "If there are images, they "),
                    ("Lloyd Austin", "If they are participating "), ("Vladimir Putin", "Images are a serious thing")]


def test_a_sound_bites_caption_on_its_own_line_names_the_speaker_of_the_quotation_under_it(aliases) -> None:
    text = ("Afterwards the committee's secretary came out to brief reporters.\n"
            "[SOT] Park Sun-won / Democratic Party, Intelligence Committee\n"
            "\"An additional 1,500 or so have been moved, so we believe about 3,000 are in Russia in total.\"\n"
            "[John Kirby / White House National Security Communications Adviser (23rd, local time)]\n"
            "\"We believe that at least 3,000 North Korean soldiers moved into eastern Russia by ship this month.\"\n"
            "JOHN KIRBY (SOT, Wednesday, White House briefing room):\n"
            "\"We assess that North Korea moved at least 3,000 soldiers into eastern Russia.\"\n"
            "About 12,000 soldiers are expected in all.")
    said = [(c.value, c.attributed_to) for c in numeric(text, aliases, date(2024, 10, 23))]
    # (Park relays the spy agency's briefing; the anchor's line after a quotation is nobody's.)
    assert said == [(1500, "South Korea NIS"), (3000, "South Korea NIS"), (3000, "John Kirby"), (3000, "John Kirby"),
                    (12000, None)]
    # A caption over a paragraph that is not a quotation names nobody's speaker there.
    (plain,) = numeric("[John Kirby / White House spokesman]\nAbout 12,000 North Korean soldiers are in Russia.",
                       aliases)
    assert plain.attributed_to is None


def test_an_owners_estimate_is_its_own_with_an_aside_or_a_verb_of_change(aliases) -> None:
    text = ("Washington's previous estimate, a week before, had been at least 3,000 troops. Washington's estimate "
            "moved the same way, from at least 3,000 troops on Oct. 23 to around 10,000 troops on Oct. 28. Seoul's "
            "forecast from last week, that the North would have some 10,000 troops in Russia by December, has already "
            "been overtaken.")
    said = [(c.value, c.attributed_to) for c in numeric(text, aliases, date(2024, 11, 4))]
    assert said == [(3000, "United States"), (3000, "United States"), (10000, "United States"),
                    (10000, "South Korea")]


def test_a_relaying_lawmaker_named_by_surname_speaks_for_the_briefing_body(aliases) -> None:
    text = ("South Korea's National Intelligence Service briefed lawmakers on Tuesday. The contingent is led by Kim "
            "Yong Bok, lawmaker Lee Seong-kweun said after the briefing. The soldiers are being taught about 100 basic "
            "Russian military terms, Lee said.")
    (terms,) = numeric(text, aliases, date(2024, 10, 29))
    assert (terms.value, terms.attributed_to) == (100, "South Korea NIS")


def test_it_in_the_main_clause_is_the_subject_of_the_clause_the_sentence_opens_with(aliases) -> None:
    text = ("The Pentagon said about 10,000 troops were in Russia. When Seoul first disclosed the deployment on "
            "October 18, it said Pyongyang had decided to send about 12,000 soldiers.")
    said = [(c.value, c.attributed_to) for c in numeric(text, aliases, date(2024, 11, 1))]
    assert said == [(10000, "US Department of Defense"), (12000, "South Korea")]
    # A country the main clause names is what was said, not who said it: "it" stays the article's speaker.
    text = "The Pentagon said about 10,000 troops were in Russia. North Korea has sent 10,000 soldiers, it said."
    assert [c.attributed_to for c in numeric(text, aliases)] == ["US Department of Defense"] * 2


def test_a_body_putting_it_at_a_figure_gives_it_even_with_an_auxiliary_and_an_adverb(aliases) -> None:
    for text in ("By Oct. 28 the Pentagon was putting it at about 10,000 troops.",
                 "The Pentagon is now putting it at about 10,000 troops."):
        (c,) = numeric(text, aliases, date(2024, 11, 1))
        assert (c.value, c.attributed_to) == (10000, "US Department of Defense"), text


def test_who_has_given_the_figures_before_a_colon_gave_the_figures_after_it(aliases) -> None:
    text = ("Ukraine's military intelligence has given the largest figures all along: about 12,000 North Koreans in "
            "Russia as of Oct. 24, including 500 officers and three generals.")
    assert {c.attributed_to for c in numeric(text, aliases, date(2024, 11, 1))} == {"Ukraine HUR"}


def test_a_bare_figure_from_a_body_a_person_or_a_capital_is_what_it_gave(aliases) -> None:
    def figures(text: str) -> list[tuple[float | None, str | None]]:
        story = replace(doc(text, date(2024, 11, 1)), title="How many North Korean troops are in Russia?")
        return [(c.value, c.attributed_to) for c in extract_claims(story, aliases) if c.kind == "numeric"]

    assert figures("Where the estimate has moved fastest: at least 3,000 from the White House on Oct. 23, then about "
                   "10,000 from the Pentagon five days later.") == [(3000, "White House"),
                                                                    (10000, "US Department of Defense")]
    assert figures("Twelve thousand from Kyiv, three thousand from Seoul.") == [(12000, "Ukraine"), (3000, "South Korea")]
    # ... and the capital that gave the figure does not own the troops it counts
    story = replace(doc("Twelve thousand from Kyiv, three thousand from Seoul.", date(2024, 11, 1)),
                    title="How many North Korean troops are in Russia?")
    assert {c.subject for c in extract_claims(story, aliases) if c.kind == "numeric"} == {"North Korea"}
    # Where troops come from is not who counted them.
    (c,) = numeric("About 12,000 troops from North Korea are in Russia.", aliases)
    assert c.attributed_to is None


def test_a_day_earlier_counts_from_the_day_of_the_statement_before_not_a_day_inside_it(aliases) -> None:
    text = ("Ukraine's military intelligence agency said on Thursday that about 12,000 North Korean soldiers were now "
            "in Russia, and that the first units had reached the Kursk region on Wednesday. A day earlier, South "
            "Korea's National Intelligence Service had put the number at about 3,000 soldiers.")
    days = [(c.value, str(c.event_date)) for c in numeric(text, aliases, date(2024, 10, 25))]
    assert days == [(12000, "2024-10-24"), (3000, "2024-10-23")]


def test_a_role_with_a_modifier_speaks_and_estimates_of_a_number_are_nobody(aliases) -> None:
    (c,) = numeric("A participant with a background in intelligence said the best current estimate was 11,000 North "
                   "Korean soldiers in Russia.", aliases)
    assert c.attributed_to == "participant"
    # ("where" leads to the role; it is no part of it)
    (said,) = statements("President Yoon Suk Yeol presided over an emergency meeting on Friday, where participants "
                         "agreed that the North's troop dispatch constitutes a serious security threat.", aliases)
    assert said.attributed_to == "participants"
    text = ("Since South Korea's National Intelligence Service disclosed on October 18 that North Korea had begun "
            "moving troops to Russia, official estimates of their number have climbed quickly: about 1,500 troops "
            "in the first transport.")
    assert [c.attributed_to for c in numeric(text, aliases, date(2024, 11, 5))] == ["South Korea NIS"]


def test_each_figure_of_a_list_has_its_own_day_and_scope(aliases) -> None:
    text = ("Since South Korea's National Intelligence Service disclosed on October 18 that North Korea had begun "
            "moving troops to Russia, its estimates have climbed quickly: about 1,500 troops in the first transport, "
            "roughly 3,000 troops by October 23, around 10,000 troops by October 29.")
    figures = [(c.value, str(c.event_date), c.scope) for c in numeric(text, aliases, date(2024, 11, 5))]
    assert figures == [(1500, "2024-10-18", "first_batch"), (3000, "2024-10-23", None), (10000, "2024-10-29", None)]
    (second,) = numeric("A second transfer of about 1,500 troops followed, the NIS said.", aliases)
    assert second.scope == "second_batch"


def test_where_troops_train_and_the_brigades_they_form_are_the_troops_owners(aliases) -> None:
    story = Document(uri="mem://test", title="North Korean troops in Russia", published_at=datetime(2024, 11, 1),
                     text="North Korean troops are in Russia. The White House said the troops were training at three "
                          "sites in Russia's Far East. The force is organised in four brigades. Russia has 12 military "
                          "districts.")
    owners = {c.value: c.subject for c in extract_claims(story, aliases) if c.kind == "numeric"}
    assert owners == {3: "North Korea", 4: "North Korea", 12: "Russia"}
    # (so where they are training, in a sentence that names them by no word for troops)
    bare = replace(story, text="North Korean troops are in Russia. The White House said at least 3,000 had arrived "
                               "and were training at three sites in eastern Russia. Russia has 12 military districts.")
    owners = {c.value: c.subject for c in extract_claims(bare, aliases) if c.kind == "numeric"}
    assert (owners[3], owners[12]) == ("North Korea", "Russia")


def test_a_ratio_of_two_counts_of_the_troops_is_about_the_troops(aliases) -> None:
    story = Document(uri="mem://test", title="North Korean troops in Russia", published_at=datetime(2024, 10, 25),
                     text="Kyiv says about 12,000 North Korean soldiers are in Russia; Seoul says 3,000. Kyiv's figure "
                          "is four times Seoul's.")
    (ratio,) = [c for c in extract_claims(story, aliases) if c.measure in ("ratio", "times")]
    assert (ratio.value, ratio.subject) == (4, "North Korea")


def test_a_pulled_quotation_is_its_dash_bylines_of_the_bylines_day(aliases) -> None:
    text = ("THE WEEK IN QUOTES\n\n"
            "\"More than 10,000 troops have been sent, and some appear to be moving towards the front.\"\n"
            "\u2014 Lee Seong-kweun, a South Korean lawmaker, relaying the National Intelligence Service's closed-door "
            "briefing on Tuesday.\n\n"
            "\"Of the roughly 10,000 troops in Russia, about 8,000 are now in the Kursk region.\"\n"
            "\u2014 US Secretary of State Antony Blinken, in Washington on Thursday.\n\n"
            "About 12,000 troops were promised in all.")
    said = [(c.value, c.attributed_to, str(c.event_date)) for c in numeric(text, aliases, date(2024, 11, 2))]
    assert said == [(10000, "South Korea NIS", "2024-10-29"), (10000, "Antony Blinken", "2024-10-31"),
                    (8000, "Antony Blinken", "2024-10-31"), (12000, None, "None")]


def test_a_predicate_coordinated_after_a_persons_age_is_the_persons(aliases) -> None:
    for text in ("President-elect Donald Trump, 78, takes office Jan. 20 and has said he could end the war \"in 24 "
                 "hours.\"",
                 "It lands on the desk of Donald Trump, 78, who takes office on 20 January and has promised to end the "
                 "war \"within 24 hours\"."):
        hours = [c for c in numeric(text, aliases, date(2024, 11, 10)) if c.measure == "hours"]
        assert [c.attributed_to for c in hours] == ["Donald Trump"], text


def test_a_day_still_ahead_is_not_when_anything_was_said(aliases) -> None:
    (hours,) = [c for c in numeric("President-elect Donald Trump, 78, takes office Jan. 20 and has said he could end "
                                   "the war \"in 24 hours.\"", aliases, date(2024, 11, 10)) if c.measure == "hours"]
    assert hours.event_date is None


def test_a_bare_figure_a_speaker_gave_or_a_sender_plans_counts_the_storys_troops(aliases) -> None:
    def bare(sentence: str) -> list[tuple[float | None, str | None]]:
        story = Document(uri="mem://test", title="North Korean troops in Russia", published_at=datetime(2024, 11, 1),
                         text="North Korean troops are in Russia. " + sentence)
        return [(c.value, c.measure) for c in extract_claims(story, aliases) if c.kind == "numeric"]

    for sentence in ("Pyongyang plans to send 12,000 altogether, the NIS said.",
                     "More than 10,000, the State Department said on Tuesday.",
                     "The White House said it had seen at least 3,000 move by ship.",
                     "Zelensky said ten thousand the other week."):
        assert [m for _, m in bare(sentence)] == ["troops"], sentence
    assert bare("The minister said 2024 was a hard year.") == []


def test_the_sentences_only_day_dates_a_coordinated_clause(aliases) -> None:
    text = ("The missile flew for about 86 minutes on Thursday, the longest flight yet, and reached an altitude of more "
            "than 7,000 kilometres.")
    assert [str(c.event_date) for c in numeric(text, aliases, date(2024, 11, 2))] == ["2024-10-31", "2024-10-31"]
    # Not across a semicolon.
    text = ("The agency said last Wednesday that roughly 3,000 troops had arrived; the Pentagon now puts the number "
            "at 10,000 troops.")
    assert [str(c.event_date) for c in numeric(text, aliases, date(2024, 10, 29))] == ["2024-10-23", "None"]


def test_what_troops_are_taught_and_paid_each_is_theirs_in_more_wordings(aliases) -> None:
    story = Document(uri="mem://test", title="North Korean troops in Russia", published_at=datetime(2024, 11, 1),
                     text="North Korean troops are in Russia. Russian instructors are teaching the men about a hundred "
                          "basic commands, the NIS said. Later they were drilled in about 100 Russian military words. "
                          "Russia pays about $2,000 a month for each of them. Moscow pays each North Korean soldier "
                          "about $2,000.")
    owners = [(c.value, c.subject) for c in extract_claims(story, aliases) if c.kind == "numeric"]
    assert owners == [(100, "North Korea"), (100, "North Korea"), (2000, "North Korea"), (2000, "North Korea")]


def test_a_demonstrative_subject_is_no_speaker_and_the_same_agency_is_the_agency(aliases) -> None:
    (total,) = [c for c in numeric("Another 1,500 troops have arrived. That puts the total at roughly 3,000 troops, "
                                   "Park told reporters afterwards.", aliases, date(2024, 10, 24)) if c.value == 3000]
    assert total.attributed_to == "Park"
    (plan,) = numeric("Last Friday the same South Korean agency said Pyongyang had committed about 12,000 troops.",
                      aliases, date(2024, 10, 24))
    assert plan.attributed_to == "South Korea agency"


def test_a_person_described_before_a_relative_clause_speaks(aliases) -> None:
    (unit,) = numeric("The figure matches the one given on Friday by Kyrylo Budanov, the head of Ukraine's military "
                      "intelligence agency, who also told a Ukrainian news site that a first unit of 2,600 soldiers was "
                      "to be sent to Russia's Kursk region.", aliases)
    assert (unit.value, unit.attributed_to) == (2600, "Kyrylo Budanov")


def test_a_bodys_named_spokesman_speaks(aliases) -> None:
    (miller,) = numeric("State Department spokesman Matthew Miller said on Monday that more than 10,000 North Korean "
                        "soldiers had moved into the Kursk region.", aliases)
    assert miller.attributed_to == "Matthew Miller"
    (body,) = numeric("The State Department said on Monday that more than 10,000 North Korean soldiers had moved "
                      "into the Kursk region.", aliases)
    assert body.attributed_to == "US State Department"


def test_the_outlets_own_sum_over_a_sources_figure_is_nobodys(aliases) -> None:
    text = ("North Korean troops are in Russia. The NIS said Russia pays each soldier about $2,000 a month. "
            "By my arithmetic that is some $20 million a month for Pyongyang.")
    pay, total = numeric(text, aliases)
    assert (pay.value, pay.attributed_to) == (2000, "South Korea NIS")
    assert (total.value, total.attributed_to) == (20_000_000, None)
    # A guest's own sum, in an answer, stays the guest's; a source's sum, said, stays the source's.
    (said,) = [c for c in numeric("The NIS said a force of 10,000 would bring Pyongyang about $240 million a year.",
                                  aliases) if c.value == 240_000_000]
    assert said.attributed_to == "South Korea NIS"


def test_a_stock_that_is_up_a_percentage_is_the_markets(aliases) -> None:
    claims = numeric("About 3,000 North Korean troops are in Russia, the NIS said. Hanwha Aerospace is up about 70% this "
                     "year. Troop numbers are up 10% since August, the NIS said.", aliases)
    assert [c.value for c in claims] == [3000, 10]


def test_how_two_figures_compare_is_the_outlets_arithmetic_unless_quoted(aliases) -> None:
    claims = numeric("Ukraine's military intelligence says 12,000 North Korean troops are in Russia. Ukraine's figure "
                     "is four times larger. Budanov said \"the number is three times higher\" now.", aliases)
    assert [(c.value, c.attributed_to) for c in claims] == [(12000, "Ukraine HUR"), (4, None), (3, "Kyrylo Budanov")]
    assert claims[1].subject == claims[0].subject == "North Korea"  # what the figures count, not the figure's owner


def test_a_set_named_before_in_words_after_the_counts_nothing(aliases) -> None:
    text = ("The figures were relayed to reporters by the two secretaries. The other two figures are real too. "
            "The two North Korean soldiers were captured near Kursk.")
    values = [(c.value, c.measure) for c in numeric(text, aliases)]
    assert values == [(2, "troops")]  # the troops "the two" names are still counted


def test_the_calendar_of_an_election_or_a_term_counts_nothing(aliases) -> None:
    text = ("North Korean troops are in Russia. The Pentagon's announcement lands with eight days to go. "
            "Trump, who takes office in 63 days, has promised a deal. The administration will use its remaining "
            "76 days. The soldiers trained for two weeks.")
    assert [(c.value, c.measure) for c in numeric(text, aliases)] == [(2, "weeks")]


def test_reading_time_and_a_models_number_are_furniture(aliases) -> None:
    text = ("By Jan Berger, Berlin | Published 28.10.2024 | Reading time: 6 minutes\n\n"
            "The army will order 105 tanks of the Leopard 2 model, the ministry said. The alliance has invoked "
            "Article 5 only once.\n\n3 min read")
    assert [c.value for c in numeric(text, aliases)] == [105]


def test_an_election_an_approval_rating_and_an_index_in_a_war_story_are_no_claims(aliases) -> None:
    text = ("North Korean soldiers are in Russia, the NIS said.\n\nOn the home front, coalition talks begin: the "
            "president asked the leader to form a government, passing over the party which came first in the "
            "September election with 28.8 percent. President Yoon's approval rating fell to 19 percent in a Gallup "
            "Korea poll last week. The DAX closed 0.3 percent higher at 19,531 points.")
    assert [c.value for c in numeric(text, aliases)] == []


def test_a_speakers_next_sentences_are_matched_as_of_the_day_he_was_dated(aliases) -> None:
    text = ("Lawmaker Lee Seong-kweun told reporters on Tuesday that the NIS now estimates more than 10,000 North "
            "Korean soldiers have been sent.\n\nRussia pays each soldier about $2,000 a month, Lee said.\n\n"
            "The briefing was closed to the press.\n\nThe soldiers are taught 100 Russian words, Lee said.")
    claims = {c.quote: c for c in extract_claims(doc(text, date(2024, 10, 25)), aliases) if c.kind == "numeric"}
    tuesday = date(2024, 10, 22)
    assert claims["more than 10,000 North Korean soldiers"].event_date == tuesday
    pay = next(c for q, c in claims.items() if "2,000" in q)
    assert (pay.event_date, pay.as_of) == (None, tuesday)  # the sentence names no day: matched as of Lee's
    words = next(c for q, c in claims.items() if "100" in q)
    assert words.as_of is None  # two paragraphs on, another briefing may be meant


def test_an_aside_and_a_relative_clause_keep_their_own_mood(aliases) -> None:
    text = ("North Korean troops are in Russia, the Pentagon said.\n\nOn Tuesday the NIS told lawmakers the figure "
            "had passed 10,000 soldiers, well ahead of its own forecast.\n\nSouth Korea's National Intelligence "
            "Service, which counted about 3,000 soldiers last week, has forecast more troops by December.\n\n"
            "The agency expects 10,000 troops by December.")
    moods = [(c.value, c.modality) for c in numeric(text, aliases, date(2024, 10, 30))]
    # the forecast is the aside's, after the comma; "counted" is the relative clause's mood, not "has forecast"'s
    assert moods == [(10000, "actual"), (3000, "actual"), (10000, "planned")]


def test_that_number_put_just_last_week_is_the_speakers_count_of_the_same_place(aliases) -> None:
    text = ("Ukrainian President Volodymyr Zelensky said today that 11,000 North Korean soldiers are now in Russia's "
            "Kursk region. Secretary of State Antony Blinken had put that number at about 8,000 just last week.\n\n"
            "NATO said nothing. A Western official, briefing reporters earlier in the week on condition of anonymity, "
            "put the possible size of a deployment at anywhere from 2,000 to 12,000 troops.")
    claims = numeric(text, aliases, date(2024, 11, 4))
    blinken = next(c for c in claims if c.value == 8000)
    assert (blinken.attributed_to, blinken.measure, blinken.place, blinken.event_date) == (
        "Antony Blinken", "troops", "Kursk", None)  # "just last week" is when, and only a week
    wide = next(c for c in claims if c.qualifier == "range")
    assert wide.attributed_to == "Western official"


def test_prisoners_and_workers_in_a_war_story_are_people_not_troops(aliases) -> None:
    text = ("North Korean troops are in Russia.\n\nThe UAE brokered a swap, when 95 prisoners from each side were "
            "released. North Korea has also sent 12,000 workers. About 3,000 North Koreans are in Russia, the NIS said.")
    assert [(c.value, c.measure) for c in numeric(text, aliases)] == [(95, "people"), (12000, "people"),
                                                                      (3000, "troops")]


def test_there_is_the_place_named_before_and_a_day_nearer_the_speaker_is_his(aliases) -> None:
    text = ("About 10,000 North Korean soldiers are in Russia, the Pentagon said on Oct. 28.\n\nOn Nov. 1, Defence "
            "Secretary Lloyd Austin put 7,000 of them in the Kursk region; on Nov. 5, President Volodymyr Zelensky "
            "said 12,000 were there. There are 50,000 Russian troops in total, Ukraine said.")
    claims = numeric(text, aliases, date(2024, 11, 8))
    austin, zelensky = (next(c for c in claims if c.value == v) for v in (7000, 12000))
    assert (austin.attributed_to, austin.place, austin.event_date) == ("Lloyd Austin", "Kursk", date(2024, 11, 1))
    assert (zelensky.attributed_to, zelensky.place, zelensky.event_date) == (
        "Volodymyr Zelensky", "Kursk", date(2024, 11, 5))
    assert next(c for c in claims if c.value == 50000).place is None  # "there are": not a place


def test_spies_and_a_colon_after_going_further_name_the_speaker(aliases) -> None:
    text = ("About 3,000 North Korean troops are in Russia, the Pentagon said on Wednesday.\n\n"
            "Seoul's spies expected about 9,000 of the North's soldiers in Russia by the new year.\n\n"
            "Kyiv's defence intelligence went even further: some 13,000 North Korean troops already in Russia.\n\n"
            "Defense Secretary Lloyd Austin later raised his estimate of the troops to 11,000.")
    by = {c.value: (c.attributed_to, c.subject) for c in numeric(text, aliases, date(2024, 10, 25))}
    assert by[9000] == ("South Korea NIS", "North Korea")  # not South Korea's own troops, nor nobody's figure
    assert by[13000] == ("Ukraine HUR", "North Korea")
    assert by[11000][0] == "Lloyd Austin"  # "raised his estimate to": his figure


def test_a_speaker_whose_verb_is_left_out_gives_the_figure_after_his_name(aliases) -> None:
    text = ("About 3,000 North Korean troops are in Russia, the NIS said.\n\nWashington says eight thousand, Kyiv "
            "eleven thousand.")
    by = {c.value: (c.attributed_to, c.subject, c.quote) for c in numeric(text, aliases, date(2024, 11, 5))}
    assert by[8000][:2] == ("United States", "North Korea")
    assert by[11000] == ("Ukraine", "North Korea", "Kyiv eleven thousand")  # Kyiv speaks; the troops are the North's


def test_a_verb_after_a_bare_figure_is_not_its_noun(aliases) -> None:
    text = ("About 12,000 North Korean troops will be sent, the NIS said on Friday.\n\nKyiv's 11,000 means something "
            "else: the men already there, Ukraine said.")
    later = next(c for c in numeric(text, aliases, date(2024, 10, 25)) if c.value == 11000)
    assert (later.measure, later.attributed_to) == ("troops", "Ukraine")  # not a count of "means"


def test_dollars_named_by_their_country_are_money_not_that_countrys(aliases) -> None:
    text = ("About 3,000 North Korean troops are in Russia.\n\nMoscow pays each soldier about 1,800 U.S. dollars a "
            "month, the NIS said. Their families get some 500 American dollars, it added.")
    money = [(c.value, c.measure, c.unit, c.subject) for c in numeric(text, aliases, date(2024, 10, 25))
             if c.value in (1800, 500)]
    assert money == [(1800, "money", "usd", "North Korea"), (500, "money", "usd", money[1][3])]
    assert money[1][3] != "United States"


def test_companies_sanctioned_are_firms_not_military_units(aliases) -> None:
    text = ("About 3,000 North Korean troops are in Russia, the NIS said.\n\nOn Friday the Treasury sanctioned some "
            "250 companies and individuals, the State Department said. Two companies of North Korean infantry were "
            "seen in Kursk, Ukraine said.")
    measures = {c.value: c.measure for c in numeric(text, aliases, date(2024, 11, 2))}
    assert measures[250] == "sanctions" and measures[2] == "units"


def test_a_figure_told_before_a_later_one_is_as_of_the_earlier_telling(aliases) -> None:
    text = ("The Pentagon on Monday put the number at 9,000 North Korean soldiers, weeks after saying in a briefing "
            "that the total was roughly 2,500.")
    early = next(c for c in numeric(text, aliases, date(2024, 11, 4)) if c.value == 2500)
    assert early.event_date is None and early.as_of is not None and early.as_of < date(2024, 11, 4)


def test_a_participle_speaks_on_the_day_its_main_clause_names(aliases) -> None:
    text = ("Ukraine's military intelligence briefed foreign reporters in Kyiv last Tuesday, saying that 9,500 North "
            "Korean soldiers had reached the Kursk region.")
    claim = next(c for c in numeric(text, aliases, date(2024, 11, 8)) if c.value == 9500)
    assert claim.event_date == date(2024, 11, 5)


def test_the_far_side_of_a_comparison_is_no_speaker(aliases) -> None:
    text = ("A war on the continent now involves soldiers from a country nearly 7,000 kilometres away, and the numbers "
            "have grown faster than any government predicted.")
    assert [(c.value, c.attributed_to) for c in numeric(text, aliases)] == [(7000, None)]
    counted = numeric("More than 20 officials said 3,000 North Korean soldiers had arrived.", aliases)
    assert {c.value: c.attributed_to for c in counted}[3000] == "officials"  # a count of speakers is no comparison


def test_a_speaker_in_the_progressive_speaks(aliases) -> None:
    said = numeric("A week ago the White House was saying at least 3,000 North Korean troops.", aliases)
    assert [(c.value, c.attributed_to) for c in said] == [(3000, "White House")]
    said = numeric("Kyiv has been saying for days that 12,000 North Korean troops are in Russia.", aliases)
    assert [(c.value, c.attributed_to) for c in said] == [(12000, "Ukraine")]


def test_an_owned_number_is_its_owners_but_a_comparison_of_two_is_nobodys(aliases) -> None:
    first = numeric("Seoul's very first number, on the 18th, was 12,000 North Korean troops.", aliases)
    assert [(c.value, c.attributed_to) for c in first] == [(12000, "South Korea")]
    for text in ("Kyiv's number is roughly four times Seoul's.",
                 "Kyiv's count is now more than three times Seoul's."):
        assert [c.attributed_to for c in numeric(text, aliases)] == [None], text


def test_a_countrys_forecast_of_a_count_is_its_estimate(aliases) -> None:
    for text in ("Seoul expected around 10,000 North Korean troops by December, and it is already past that.",
                 "Seoul expects the contingent to grow to 10,000 troops by December."):
        assert [(c.value, c.attributed_to) for c in numeric(text, aliases)] == [(10000, "South Korea")], text
    assert [c.attributed_to for c in numeric("Russia expects to win the war within 24 months.", aliases)] == [None]
    text = ("Defence Minister Rustem Umerov said the first units had arrived in Kursk. Kyiv expects as many as 15,000 "
            "North Korean soldiers to be deployed in total.")
    assert [(c.value, c.attributed_to) for c in numeric(text, aliases)] == [(15000, "Rustem Umerov")]  # his country's
    reckons = numeric("British defence intelligence reckons Russia lost more than 1,200 men a day.", aliases)
    assert [c.attributed_to for c in reckons] == ["UK Ministry of Defence (Defence Intelligence)"]


def test_the_audience_of_a_briefing_is_counted_by_nobody(aliases) -> None:
    text = ("Rutte said this after a South Korean delegation briefed the alliance's 32 ambassadors. "
            "Kim told the 300 lawmakers that 3,000 North Korean troops had left.")
    assert [(c.value, c.attributed_to) for c in numeric(text, aliases)] == [(32, None), (300, None), (3000, "Kim")]
    told = numeric("The NIS told reporters that 32 lawmakers had been briefed.", aliases)
    assert [c.attributed_to for c in told] == ["South Korea NIS"]  # what was told, not who listened


def test_the_alias_table_knows_british_defence_intelligence_and_the_president_elect(aliases) -> None:
    casualties = numeric("Britain's defence intelligence puts Russian casualties at well over 1,000 a day.", aliases)
    assert [c.attributed_to for c in casualties] == ["UK Ministry of Defence (Defence Intelligence)"]
    text = 'President-elect Donald Trump takes office on Jan. 20 and has said he could end the war "in 24 hours."'
    assert [(c.value, c.attributed_to) for c in numeric(text, aliases)] == [(24, "Donald Trump")]
    office = extract_claims(doc("A senior official in President Yoon Suk Yeol's office said Seoul could consider "
                                "supplying weapons to Ukraine."), aliases)
    assert [c.attributed_to for c in office] == ["South Korea presidential office"]  # the office, not its owner


def test_a_capital_that_speaks_is_the_body_that_lists_it_as_its_voice(aliases) -> None:
    def speakers(text):
        return [c.attributed_to for c in extract_claims(doc(text), aliases)]

    assert speakers("Moscow has neither confirmed nor denied that North Korean soldiers are on its territory.") == [
        "Kremlin"]
    assert speakers('Moscow, which at first dismissed the reports as "another fake", has since said nothing.') == [
        "Kremlin"]
    assert speakers("Russia has not confirmed the deployment.") == ["Russia"]  # the country by name stays itself
    assert speakers("North Korea's state media reported that Kim had ratified the treaty.") == ["KCNA"]


def test_a_user_alias_file_can_give_a_capital_a_voice() -> None:
    from reconcile.entities import load_aliases

    table = load_aliases('[[entity]]\ncanonical = "Blue House"\ntype = "agency"\ncountry = "South Korea"\n'
                         'aliases = ["Blue House"]\nvoices = ["Seoul"]\n')
    said = [c.attributed_to for c in extract_claims(doc("Seoul said 3,000 North Korean troops had left."), table)]
    assert said == ["Blue House"] and table.voice("Moscow") == "Kremlin" and table.voice("Kyiv") is None


def test_a_days_heading_dates_its_section_until_the_next_heading(aliases) -> None:
    text = ("**Thursday**\n\nZelensky said about 10,000 North Korean soldiers were being prepared.\n\n"
            "A Western official put a possible deployment at between 2,000 and 12,000 soldiers.\n\n"
            "**Friday**\n\nThe NIS said North Korea had decided to send about 12,000 troops.\n\n"
            "Budanov said about 11,000 North Korean infantrymen were training.\n\n"
            "**Why it matters**\n\nAnalysts said 1,000 Russian soldiers die a day.\n")
    days = [(c.value or c.value_low, c.event_date) for c in numeric(text, aliases, date(2024, 10, 20))]
    assert days == [(10000, date(2024, 10, 17)), (2000, date(2024, 10, 17)), (12000, date(2024, 10, 18)),
                    (11000, date(2024, 10, 18)), (1000, None)]


def test_a_bare_figure_a_sender_committed_or_decided_to_send_counts_troops_planned(aliases) -> None:
    text = ("North Korean troops are moving west, officials say. South Korea's spy agency said last week that more than "
            "10,000 were in Russia overall, out of roughly 12,000 that Pyongyang has committed.")
    assert [(c.value, c.measure, c.modality) for c in numeric(text, aliases, date(2024, 11, 5))] == [
        (10000, "troops", "actual"), (12000, "troops", "planned")]
    text = ("North Korean troops are moving west, officials say. About 8,000 are in Kursk, out of roughly 10,000 sent "
            "to Russia in all.")
    assert [(c.value, c.measure) for c in numeric(text, aliases, date(2024, 11, 5))] == [
        (8000, "troops"), (10000, "troops")]


def test_nobody_is_no_speaker(aliases) -> None:
    assert [c.attributed_to for c in numeric("No one has confirmed that 3,000 North Korean troops are there.",
                                             aliases)] == [None]
    assert [c.attributed_to for c in numeric("No government has said that 100,000 North Korean troops are going.",
                                             aliases)] == [None]


def test_the_subject_of_an_absolute_clause_speaks_its_participle(aliases) -> None:
    said = [(c.attributed_to, c.quote) for c in extract_claims(doc(
        'The Kremlin has dismissed the reports, with spokesman Dmitry Peskov calling them "another fake".'), aliases)]
    assert [who for who, _ in said] == ["Dmitry Peskov"]
    said = [c.attributed_to for c in extract_claims(doc(
        'The Kremlin dismissed the reports, calling them "another fake".'), aliases)]
    assert set(said) == {"Kremlin"}  # no absolute clause: the main clause's subject speaks


def test_a_lawmaker_who_relays_a_briefing_passes_on_the_agencys_claims(aliases) -> None:
    (paid,) = numeric("Lee Seong-kweun told reporters that Russia pays each soldier around 2,000 dollars a month.",
                      aliases)
    assert (paid.attributed_to, paid.attribution_chain) == ("South Korea NIS", "Lee Seong-kweun > South Korea NIS")
    (said,) = numeric("Kim Yong Hyun said another 1,500 North Korean soldiers have followed.", aliases)
    assert said.attributed_to == "Kim Yong Hyun"  # a minister speaks for himself


def test_an_alias_file_with_a_relays_that_is_no_string_is_refused() -> None:
    from reconcile.entities import AliasError, load_aliases

    with pytest.raises(AliasError, match="relays"):
        load_aliases('[[entity]]\ncanonical = "Lee"\ntype = "person"\nrelays = ["NIS"]\n', "my.toml")


def test_a_related_link_in_brackets_is_furniture(aliases) -> None:
    text = ('North Korean troops are in Russia, the NIS said.\n\n'
            '[Related] NIS: "N. Korea decided to send 12,000... first 1,500 moved by Russian ships"\n')
    assert numeric(text, aliases) == []


def test_within_a_span_that_sets_the_scene_counts_nothing(aliases) -> None:
    claims = numeric("Within five days, the count had tripled to 10,000 North Korean troops.", aliases)
    assert 5 not in [c.value for c in claims] and 10000 in [c.value for c in claims]


def test_the_figure_a_count_is_compared_with_counts_the_same_place(aliases) -> None:
    text = ("On Monday, President Volodymyr Zelensky said 11,000 North Korean soldiers were in Russia's Kursk "
            "region, up from the roughly 8,000 that US Secretary of State Antony Blinken had cited last Thursday. "
            "About 3,000 North Korean soldiers are in Kursk, more than the 2,000 counted in the Far East.")
    claims = {c.value: c for c in numeric(text, aliases, date(2024, 11, 4))}
    assert (claims[8000].place, claims[8000].attributed_to) == ("Kursk", "Antony Blinken")
    assert claims[2000].place != "Kursk"  # a figure with a place of its own keeps it


def test_a_bare_figure_in_a_parallel_clause_counts_the_same_place(aliases) -> None:
    text = ("North Korean troops are fighting for Russia. On 31 October Blinken put 8,000 North Korean soldiers in "
            "Kursk alone; on 4 November Zelensky said 11,000. More than 10,000 North Korean soldiers are in Russia, "
            "out of about 12,000 that Pyongyang has agreed to send.")
    claims = {c.value: c for c in numeric(text, aliases, date(2024, 11, 13))}
    assert (claims[11000].place, claims[11000].attributed_to) == ("Kursk", "Volodymyr Zelensky")
    assert claims[12000].place is None  # the plan is not a count of the troops there


def test_a_clause_after_a_semicolon_keeps_its_own_day_gone_by(aliases) -> None:
    text = ("When it first went public on October 18, the NIS said Pyongyang had decided to send about 12,000 "
            "troops; by October 23 its count of soldiers actually in Russia stood at about 3,000.")
    claims = extract_claims(doc(text, date(2024, 11, 5)), aliases)
    dated = {c.value: c.event_date for c in claims if c.kind == "numeric"}
    assert dated == {12000: date(2024, 10, 18), 3000: date(2024, 10, 23)}
    assert [c for c in claims if c.kind == "date"] == []  # a day gone by, not a deadline ahead


@pytest.mark.parametrize("noun", ["special forces soldiers", "special-forces troops", "special forces",
                                  "special operations troops"])
def test_special_forces_before_another_noun_for_troops_are_the_kind(aliases, noun: str) -> None:
    (c,) = numeric(f"About 1,500 {noun} were carried to Vladivostok, the NIS said.", aliases)
    assert (c.measure, c.measure_detail) == ("troops", "special forces")


@pytest.mark.parametrize("dateline", ["Washington/Sofia, November 1 (BTA) - ", "SEOUL, Nov. 1 (Yonhap) -- "])
def test_a_wires_dateline_is_not_the_day_its_speaker_spoke(aliases, dateline: str) -> None:
    text = (f"{dateline}US Secretary of State Antony Blinken said on Thursday that about 8,000 North Korean "
            "soldiers are now in Russia's Kursk region.")
    (c,) = numeric(text, aliases, date(2024, 11, 1))
    assert (c.attributed_to, c.event_date) == ("Antony Blinken", date(2024, 10, 31))


def test_the_day_of_a_when_clause_set_off_by_commas_is_the_statements(aliases) -> None:
    text = ("When Seoul's spy agency first went public, on October 18, it said Pyongyang had decided to send 12,000 "
            "North Korean troops and that a first group of 1,500 had already been shipped.")
    assert {c.value: c.event_date for c in numeric(text, aliases, date(2024, 11, 1))} == {
        12000: date(2024, 10, 18), 1500: date(2024, 10, 18)}


def test_prose_after_a_related_block_in_the_middle_is_read_but_the_links_are_not(aliases) -> None:
    prose = ("In Israel, the reports are read as a sign of a tightening alliance among Russia, Iran and North Korea. "
             "Officials have pointed to drones for months, and they expect the ties to deepen further this winter.")
    text = ("Seoul says North Korea has sent about 3,000 troops to Russia.\n\nRelated articles:\n"
            "- NIS: 12,000 North Korean troops to go\n\n" + prose + "\n\nUPDATE, 23:55: The White House said on "
            "Wednesday that at least 3,000 North Korean soldiers had been moved to eastern Russia.")
    found = numeric(text, aliases, date(2024, 10, 23))
    assert [(c.value, c.attributed_to) for c in found] == [(3000, "South Korea"), (3000, "White House")]
    assert all(text[c.start_char : c.end_char] == c.quote for c in found)
    # with no prose after them, the links end the article
    assert [c.value for c in numeric(text.split("\n\n" + prose)[0], aliases, date(2024, 10, 23))] == [3000]


def test_a_speakers_own_promise_with_a_figure_is_his(aliases) -> None:
    text = ("About 3,000 North Korean troops are in Russia, the NIS said.\n\nDonald Trump, 78, who takes office on "
            "20 January, has said he could end the war within 24 hours, without saying how.")
    hours = next(c for c in numeric(text, aliases, date(2024, 11, 13)) if c.value == 24)
    assert (hours.attributed_to, hours.subject) == ("Donald Trump", "Donald Trump")


@pytest.mark.parametrize("lead", ["President Yoon Suk Yeol convened an emergency meeting on Friday, after which his",
                                  "President Yoon Suk Yeol convened an emergency meeting on Friday.\n\nHis"])
def test_his_office_calling_the_deployment_a_threat_speaks_for_the_presidency(aliases, lead: str) -> None:
    text = (f"North Korean troops are in Russia, the NIS said.\n\n{lead} office called the deployment \"a grave "
            "security threat\" to South Korea and said it breached UN Security Council resolutions.")
    said = [c for c in extract_claims(doc(text), aliases) if c.kind == "statement" and "threat" in c.quote]
    assert [c.attributed_to for c in said] == ["South Korea presidential office"]


def test_a_country_after_a_preposition_that_sends_the_troops_owns_them(aliases) -> None:
    text = ("Biden gave Ukraine permission to fire missiles into Russia. Officials say the decision is a response to "
            "North Korea sending more than ten-thousand troops to fight for Moscow.")
    (c,) = numeric(text, aliases, date(2024, 11, 18))
    assert (c.value, c.subject, c.place) == (10000, "North Korea", None)


def test_a_video_shotlists_header_fields_say_nothing_and_its_soundbite_names_the_speaker(aliases) -> None:
    text = ("SLUG: BELGIUM NATO NKOREA TROOPS\nRESTRICTIONS: None for EFE clients; NATO pool material in shots 3-8\n\n"
            "SHOTLIST:\n00:21 3. Wide of North Atlantic Council meeting room\n"
            "00:25 5. SOUNDBITE (English) Mark Rutte, NATO Secretary General:\n"
            '"Today I can confirm that North Korean troops have been sent to Russia."\n00:58 7. Journalists taking notes\n')
    claims = extract_claims(doc(text, date(2024, 10, 28)), aliases)
    assert [(c.attributed_to, c.quote) for c in claims] == [
        ("Mark Rutte", "Today I can confirm that North Korean troops have been sent to Russia")]


def test_a_memos_author_speaks_and_a_pages_published_stamp_does_not(aliases) -> None:
    memo = ("MEMORANDUM FOR: The Incoming National Security Advisor\n\nFROM: Catherine Aldana, former Deputy "
            "Assistant Secretary of Defense\n\nI assess that Pyongyang will send more North Korean troops to Russia.")
    assert [(c.attributed_to, c.quote[:8]) for c in extract_claims(doc(memo), aliases)] == [
        ("Catherine Aldana", "I assess")]
    stamp = ("PUBLISHED : 1 Nov 2024 at 04:12 | UPDATED : 1 Nov 2024 at 22:05\n\n"
             "North Korean troops are training in Russia.")
    assert all(c.attributed_to != "Published" for c in extract_claims(doc(stamp), aliases))


def test_an_interview_label_that_is_the_outlet_asks_it_does_not_claim(aliases) -> None:
    text = ("CTK: North Korean soldiers are in Russia. The two estimates are four times apart.\n\n"
            "BREZINA: Seoul counts what it has seen arrive.")
    document = Document(uri="mem://ctk", text=text, title="t", outlet="ČTK (Czech News Agency)",
                        published_at=datetime(2024, 10, 24, tzinfo=timezone.utc))
    claims = extract_claims(document, aliases)
    assert [(c.value, c.attributed_to) for c in claims if c.kind == "numeric"] == [(4, None)]


def test_a_day_gone_by_right_after_a_figure_dates_it(aliases) -> None:
    text = ("Novaya Gazeta Europe wrote that a second group of about 1,500 North Korean soldiers had followed the "
            "first, bringing the total to about 3,000 by Wednesday.")
    dated = {c.value: c.event_date for c in numeric(text, aliases, date(2024, 10, 25))}
    assert dated[3000] == date(2024, 10, 23)
    ahead = numeric("The NIS expects the total of North Korean troops to reach 10,000 by December.", aliases)
    assert [c.event_date for c in ahead] == [None]  # a deadline ahead dates no count


def test_what_the_outlets_own_earlier_piece_said_is_no_claim_but_the_facts_after_it_are(aliases) -> None:
    text = ("An Oct. 19 headline on Page 1A said North Korea \"sends 12,000 troops\" to Russia. In fact the NIS said "
            "about 1,500 North Korean soldiers had arrived.\n\nOur push alert on the evening of October 18 spoke of "
            "12,000 soldiers \"sent\".\n\nA New York Times article said 3,000 North Korean troops had arrived.")
    assert [c.value for c in numeric(text, aliases, date(2024, 11, 2))] == [1500, 3000]


def test_a_headline_line_of_speaker_and_figure_over_its_story_is_no_claim(aliases) -> None:
    text = ("Zelensky: 11,000 North Koreans in Kursk\n\nPresident Volodymyr Zelensky said on Monday that 11,000 "
            "North Korean soldiers were in Russia's Kursk region.\n\n14:12 | Seoul: Another 1,500 North Korean troops "
            "sent to Russia\n\nMS. SINGH: About 10,000 North Korean soldiers have been sent to Russia.")
    found = numeric(text, aliases, date(2024, 11, 5))
    assert [(c.value, c.attributed_to) for c in found] == [(11000, "Volodymyr Zelensky"), (10000, "Sabrina Singh")]


def test_a_markets_line_is_no_claim_of_the_story(aliases) -> None:
    text = ("About 3,000 North Korean soldiers are in Russia, the NIS said.\n\nU.S. crude settled Friday at $69.22 a "
            "barrel, down about 2% on the day. The KOSPI slipped 0.1 percent to 2,610.38, while the won weakened to "
            "1,385.5 per dollar.\n\nRussia pays each soldier about $2,000 a month, the NIS said.")
    assert [c.value for c in numeric(text, aliases, date(2024, 11, 1))] == [3000, 2000]


def test_a_deck_over_the_byline_or_in_italics_under_it_is_the_headline_block_not_a_claim(aliases) -> None:
    lead = "The NIS said on Tuesday that more than 10,000 North Korean soldiers are in Russia."
    decked = ("Internacional\n\nRutte speaks of an escalation; Seoul now counts more than 10,000\n\n"
              "Marta Soler | Bruselas\n29/10/2024 06:00 | Actualizado a las 13:15\n\n" + lead)
    assert [(c.value, c.quote) for c in numeric(decked, aliases, date(2024, 10, 29))] == \
        [(10000, "more than 10,000 North Korean soldiers")]
    assert not any("Rutte" in c.sentence for c in statements(decked, aliases, date(2024, 10, 29)))
    italic = ("Commentary | 13 November 2024 | Dr A. Penrose\n\n*Four weeks of shifting estimates hid a simple "
              "story.*\n\n" + lead)
    assert [c.value for c in numeric(italic, aliases, date(2024, 11, 13))] == [10000]
    # A short lead over a live page's first entry stamp, and key points over the byline, are the story's.
    live = lead + "\n\n14:12 | Seoul: Another 1,500 North Korean troops sent to Russia"
    assert [c.value for c in numeric(live, aliases, date(2024, 10, 29))] == [10000]
    points = "- " + lead + "\n\nBy Tom Ashworth | October 29, 2024\n\nThe Pentagon said 8,000 were in Kursk."
    assert [c.value for c in numeric(points, aliases, date(2024, 10, 29))] == [10000, 8000]
    shorter = lead + "\n\nBy Tom Ashworth | October 29, 2024. Reuters contributed.\n\nThe Pentagon said 8,000 were in Kursk."
    assert [c.value for c in numeric(shorter, aliases, date(2024, 10, 29))] == [10000, 8000]


def test_another_storys_toll_vote_or_diaspora_is_no_claim_but_troops_in_it_are(aliases) -> None:
    text = ("About 3,000 North Korean soldiers are in Russia, the NIS said.\n\nFlash floods in the region of Valencia "
            "killed more than 150 people. Canada is home to roughly 1.3 million people of Ukrainian descent. GERB "
            "came first with about 26 percent.\n\nAfter the floods, about 10,000 North Korean troops were in Russia.")
    assert [c.value for c in numeric(text, aliases, date(2024, 11, 1))] == [3000, 10000]


def test_a_quizs_choices_and_a_donation_appeal_are_no_claims(aliases) -> None:
    text = ("About 3,000 North Korean troops are in Russia, the NIS said.\n\n8. What does Russia pay each North Korean "
            "soldier per month, according to Seoul?\na) $200  b) $2,000  c) $20,000\n\n_Verstka is an independent "
            "media outlet. Support our work: from 200 roubles a month._")
    assert [c.value for c in numeric(text, aliases)] == [3000]


def test_a_shares_move_is_a_markets_line(aliases) -> None:
    text = ("About 3,000 North Korean soldiers are in Russia, the NIS said.\n\nHanwha Aerospace rose 6.2% and LIG Nex1 "
            "gained 4.8% in Seoul, while Hyundai Rotem added 3.1%.")
    assert [c.value for c in numeric(text, aliases, date(2024, 11, 1))] == [3000]


def test_a_diarys_day_heading_dates_its_today_and_yesterday(aliases) -> None:
    # A dated notebook published on Saturday: "today" under "Tuesday, 29 October" is that Tuesday.
    text = ("Notes from Seoul, day by day.\n\n**Tuesday, 29 October**\n\n"
            "A lawmaker told reporters today that the agency now counts more than 10,000 North Korean soldiers.\n\n"
            "**Friday, 1 November**\n\nBlinken said yesterday that about 8,000 North Korean soldiers are in Kursk.\n")
    days = [(c.value, c.event_date) for c in numeric(text, aliases, date(2024, 11, 2))]
    assert days == [(10000, date(2024, 10, 29)), (8000, date(2024, 10, 31))]


def test_an_owners_figure_after_a_colon_is_the_owners(aliases) -> None:
    text = ("President Zelensky had warned that the North Koreans could be in battle soon.\n\n"
            "After midnight, the Pentagon's figure arrives: around 10,000 North Koreans sent to eastern Russia.")
    claims = extract_claims(doc(text, date(2024, 10, 29)), aliases)
    assert [(c.value, c.attributed_to) for c in claims if c.kind == "numeric"] == [
        (10000, "US Department of Defense")]
    # the figure's clause is the figure's claim, not also a statement
    assert [c.attributed_to for c in claims if c.kind == "statement"] == ["Volodymyr Zelensky"]


def test_a_figure_compared_with_the_sentence_befores_is_the_giver_its_day_and_place(aliases) -> None:
    text = ("President Volodymyr Zelenskyy said Monday that 11,000 North Korean soldiers were now in Russia's Kursk "
            "region. That is up from the roughly 8,000 that Secretary of State Antony Blinken put there last "
            "Thursday, when he predicted they would be in combat within days.")
    got = [(c.value, c.attributed_to, c.event_date, c.place) for c in numeric(text, aliases, date(2024, 11, 5))]
    assert got == [(11000, "Volodymyr Zelensky", date(2024, 11, 4), "Kursk"),
                   (8000, "Antony Blinken", date(2024, 10, 31), "Kursk")]


def test_a_when_clause_or_a_briefing_aside_dates_what_the_speaker_said(aliases) -> None:
    text = ("Remember that when the NIS first spoke, last Friday, it said Pyongyang had decided to send about 12,000 "
            "men.\n\nSouth Korea's National Intelligence Service (NIS), which briefed lawmakers on Tuesday, put the "
            "number at more than 10,000.\n\nThe NIS, which a week ago counted 3,000, told lawmakers on Tuesday that "
            "10,000 were there.")
    got = [(c.value, c.event_date) for c in numeric(text, aliases, date(2024, 10, 31))]
    assert got == [(12000, date(2024, 10, 25)), (10000, date(2024, 10, 29)), (3000, None), (10000, date(2024, 10, 29))]


def test_a_participle_before_a_counted_noun_is_its_modifier(aliases) -> None:
    assert [(c.value, c.measure) for c in numeric("Canberra sent 49 retired Abrams tanks last year.", aliases)] == [
        (49, "weapons")]
    assert [(c.value, c.measure) for c in numeric("Seoul said 1,500 deployed troops were there.", aliases)] == [
        (1500, "troops")]


def test_a_figure_named_again_to_be_weighed_is_no_new_claim(aliases) -> None:
    text = ("South Korea's spy agency said North Korea had decided to send about 12,000 troops. The 12,000 was an "
            "intention, not a count. Whose 12,000?")
    assert [c.value for c in numeric(text, aliases)] == [12000]
    # ("to count" after "by governments with ... reasons" is a verb, not the governments' count that gives it)
    weighed = text.replace("Whose 12,000?", "The 12,000 was an intention; the others were head counts taken at "
                           "different moments, by governments with different reasons to count high or low.")
    assert [c.value for c in numeric(weighed, aliases)] == [12000]
    # a speaker who gives the figure as his own still claims it
    text = ("Officials said North Korea has sent about 3,000 troops to Russia.\n\nMS. SINGH: We've seen additional "
            "soldiers arrive. The 10,000 figure is our current assessment of the total that North Korea has sent.")
    assert [c.value for c in numeric(text, aliases)] == [3000, 10000]


def test_the_military_words_the_soldiers_learn_are_the_last_speakers_but_a_letters_limit_is_nobodys(aliases) -> None:
    text = ("The NIS says Russia pays each soldier about $2,000 a month. The soldiers are being taught about a hundred "
            "Russian military words so that they can follow orders. The paper welcomes letters of up to 250 words.")
    found = [(c.value, c.attributed_to) for c in numeric(text, aliases) if c.measure == "words"]
    assert found[0] == (100, "South Korea NIS")
    assert all(who is None for value, who in found if value == 250)


def test_at_the_time_and_said_then_take_the_day_the_sentence_before_named(aliases) -> None:
    text = ("The NIS first went public on Oct. 18. It said then that about 1,500 special forces had gone. Seoul at that "
            "time counted only about 1,500 in Russia.\n\nOn Monday, Zelensky said 11,000 were in Kursk, up from the "
            "8,000 Blinken gave at the end of last week.\n\nBlinken said at the time that about 8,000 would fight.")
    dated = [(c.value, c.event_date) for c in numeric(text, aliases, date(2024, 11, 6))]
    assert dated[:2] == [(1500, date(2024, 10, 18)), (1500, date(2024, 10, 18))]
    assert dated[-1] == (8000, None)  # the day before it is another paragraph's: not the time it means


def test_a_day_after_the_pages_own_is_no_claims_date(aliases) -> None:
    text = ("Donald Trump, who has said he would end the war within 24 hours, takes office on January 20. The NIS said "
            "on Tuesday that more than 10,000 North Korean soldiers were in Russia.")
    dated = [(c.value, c.event_date) for c in numeric(text, aliases, date(2024, 11, 13))]
    assert dated == [(24, None), (10000, date(2024, 11, 12))]
    (ahead,) = [c for c in numeric(text, aliases, date(2024, 11, 13)) if c.value == 24]
    assert "after the page's own" in ahead.date_note


def test_a_first_visit_in_years_is_the_visitors_countrys(aliases) -> None:
    text = ("North Korea signed a mutual defence treaty with Russia in June, during Vladimir Putin's first visit to "
            "Pyongyang in 24 years. Kim Jong Un has ruled for 13 years.")
    assert [(c.value, c.subject) for c in numeric(text, aliases) if c.measure == "years"][0] == (24, "Russia")


def test_a_missiles_flight_is_the_launchers_not_the_trackers_or_the_targets(aliases) -> None:
    text = ("North Korea test-fired an intercontinental ballistic missile that flew for about 86 minutes, according to "
            "Japan. It came down outside Japan's exclusive economic zone, about 200 kilometers west of Okushiri Island."
            " The missile could have a range of more than 15,000 km, putting the entire U.S. mainland within range. "
            "Seoul lies about 50 kilometers from the border.")
    owners = {c.value: c.subject for c in numeric(text, aliases) if c.measure in ("minutes", "kilometres")}
    assert (owners[86], owners[200], owners[15000]) == ("North Korea",) * 3
    assert owners[50] != "North Korea"  # no missile in its sentence: not a flight


def test_a_body_cited_before_his_he_says_is_the_origin_but_a_lawmaker_cited_before_the_agency_is_not(aliases) -> None:
    text = ("Zelensky spoke to reporters in Kyiv. According to HUR, he says, about 11,000 North Korean soldiers are now "
            "in the Kursk region.\n\nAccording to Lee Seong-kweun, the NIS said about 3,000 were in Russia.")
    assert [(c.value, c.attributed_to) for c in numeric(text, aliases)] == [(11000, "Ukraine HUR"),
                                                                          (3000, "South Korea NIS")]


def test_a_country_speaks_through_its_own_person_named_saying_it(aliases) -> None:
    text = ("About 11,000 North Korean troops are in Russia. Kyiv expects as many as 15,000 in all, Defense Minister "
            "Rustem Umerov said last week. Seoul expects about 10,000 by December, Zelensky said.")
    found = [(c.value, c.attributed_to, c.modality) for c in numeric(text, aliases, date(2024, 11, 1))]
    assert found[1] == (15000, "Rustem Umerov", "planned")  # his, and still a forecast
    assert found[2][1] != "Volodymyr Zelensky"  # another country's person only relays it


def test_who_placed_a_figure_in_a_place_gave_it_on_the_day_of_its_own_clause(aliases) -> None:
    text = ("On Monday President Volodymyr Zelensky said 11,000 North Korean soldiers were now in Russia's Kursk region, "
            "up from the roughly 8,000 that US Secretary of State Antony Blinken had placed there last Thursday.")
    found = [(c.value, c.attributed_to, c.event_date) for c in numeric(text, aliases, date(2024, 11, 5))]
    assert found == [(11000, "Volodymyr Zelensky", date(2024, 11, 4)), (8000, "Antony Blinken", date(2024, 10, 31))]
    placed = numeric("About 10,000 North Korean troops are in Russia. Blinken placed 8,000 of them in Kursk.", aliases,
                     date(2024, 11, 5))
    assert (placed[-1].value, placed[-1].attributed_to) == (8000, "Antony Blinken")


def test_which_x_put_at_gives_the_figure_to_x(aliases) -> None:
    text = ("The State Department said troops had moved. The force, which Seoul put at about 12,000 troops, is large. "
            "The move put at risk 3,000 jobs.")
    assert [(c.value, c.attributed_to) for c in numeric(text, aliases)][:1] == [(12000, "South Korea")]


def test_a_named_speakers_age_is_counted_however_the_sentence_ends(aliases) -> None:
    text = ('North Korea has sent 10,000 troops to Russia.\n\n"My father walked south in 1950 with nothing," said '
            'Grace Kim, 67, a retired schoolteacher.\n\n"It is sad," said Rasa Jankauskienė, 48.\n\n'
            "Jung Min-seok (51) said he was worried.\n\nA former North Korean army captain, 41, who defected in 2019, "
            "turned his cup.")
    ages = [(c.value, c.subject) for c in numeric(text, aliases) if c.measure == "age"]
    assert ages == [(67, "Grace Kim"), (48, "Rasa Jankauskienė"), (51, "Jung Min-seok"), (41, None)]


def test_a_bare_figure_followed_by_that_same_day_is_counted(aliases) -> None:
    text = ("North Korea has sent troops to Russia, officials said.\n\nThe White House put the figure at a minimum of "
            "3,000 that same day.")
    assert [(c.value, c.qualifier, c.attributed_to) for c in numeric(text, aliases)] == [
        (3000, "at_least", "White House")]


def test_how_long_the_story_has_run_is_no_claim(aliases) -> None:
    text = ("North Korea has sent 10,000 troops to Russia.\n\nIt has taken four weeks to get here.\n\nIn just five "
            "weeks, the estimates grew.\n\nTwo weeks into the story, everyone agrees.\n\nFor Europe, the lesson of the "
            "past four weeks is clear.\n\nThe numbers have moved fast in two weeks.\n\nThree weeks of intelligence "
            "disclosures have produced a number.\n\nAt that rate, Russia loses the equivalent in about ten days.")
    assert [(c.value, c.measure) for c in numeric(text, aliases)] == [
        (10000, "troops"), (3, "weeks"), (10, "days")]


def test_a_refusal_to_confirm_a_that_clause_is_the_confirm_frame_of_the_deployment(aliases) -> None:
    text = ("The Kremlin has not confirmed that North Korean soldiers are on its territory. "
            "The Kremlin has not confirmed the reports. Seoul confirmed that the troops had arrived.")
    got = [(c.measure, c.polarity, "deploy" in c.predicate.split()) for c in statements(text, aliases)]
    assert got[:2] == [("statement:confirm", "uncertain", True), ("statement:confirm", "uncertain", False)]
    assert got[2][0] != "statement:confirm"  # a confirmation asserts the event itself


def test_could_confirm_is_an_ability_not_a_condition(aliases) -> None:
    text = ("NATO Secretary-General Mark Rutte said the alliance could confirm that North Korean troops had been sent "
            "to Russia. Rutte said more troops could be sent to Russia.")
    assert [(c.modality, c.measure) for c in statements(text, aliases)] == [
        ("actual", "statement:deploy"), ("conditional", "statement")]


def test_a_coordinated_has_not_confirmed_is_a_doubt(aliases) -> None:
    text = 'The Kremlin called the first reports "another fake" and has not confirmed since then that any North ' \
           'Koreans are on its soil.'
    assert [c.polarity for c in statements(text, aliases)][-1] == "uncertain"


def test_who_keeps_most_of_the_pay_is_said_of_the_pay(aliases) -> None:
    text = "Seoul said the regime keeps most of it. The NIS said the state keeps the bulk of it. Seoul said it keeps its options open."
    assert [c.measure for c in statements(text, aliases)] == ["statement:pay", "statement:pay", "statement"]


def test_a_country_named_in_passing_owns_and_speaks_but_alone_is_no_part_of_the_story(aliases) -> None:
    text = ("North Korean troops are in Russia, the NIS said.\n\nAustralia would send 49 tanks to Ukraine, Canberra "
            "said.\n\nNext on the evening news: in Serbia the euro stays at 117 dinars.")
    assert [(c.value, c.subject, c.attributed_to) for c in numeric(text, aliases) if c.measure != "troops"] == [
        (49, "Australia", "Australia")]
    assert aliases.get("Serbia").passing and not aliases.get("Ukraine").passing


def test_an_alias_file_with_a_passing_that_is_no_boolean_is_refused() -> None:
    from reconcile.entities import AliasError, load_aliases

    with pytest.raises(AliasError, match="passing"):
        load_aliases('[[entity]]\ncanonical = "Chad"\ntype = "country"\npassing = "yes"\n', "my.toml")


def test_a_refusal_to_confirm_it_is_a_doubt_about_the_event_just_told(aliases) -> None:
    text = ("Defence Minister Rustem Umerov told KBS that the first small-scale clashes with North Korean units had "
            "taken place.\n\nSouth Korea's Defense Ministry said the same day that it could not confirm Umerov's "
            "account.\n\nSeoul said it could not confirm the pay figure.")
    assert [c.measure for c in statements(text, aliases)] == ["statement:clash", "statement:clash", "statement:confirm"]
    text = ("Ukrainian forces have fought their first battles with North Korean troops, Ukraine's Defence Minister "
            "Rustem Umerov said on Tuesday, a claim South Korea said it could not yet confirm.")
    assert [c.measure for c in statements(text, aliases)] == ["statement:clash", "statement:clash"]


def test_calls_to_settle_the_war_by_talks_are_one_frame_whoever_makes_them(aliases) -> None:
    text = ("China's foreign ministry said it hoped for a political settlement in Ukraine. India said it supports a "
            "peaceful resolution of the conflict through dialogue. India said its talks with Russia on oil prices went well.")
    assert [c.measure for c in statements(text, aliases)] == ["statement:dialogue", "statement:dialogue", "statement"]


def test_a_bare_figure_expected_only_by_a_day_is_counted(aliases) -> None:
    text = "North Korea has sent 3,000 troops to Russia.\n\nLast week the agency had expected ten thousand only by December."
    assert [(c.value, c.modality) for c in numeric(text, aliases, date(2024, 11, 1))] == [
        (3000, "actual"), (10000, "planned")]


def test_a_count_of_sites_at_a_sentences_end_and_spread_over_them(aliases) -> None:
    text = ("North Korea has sent 3,000 troops to Russia.\n\nThe White House says at least 3,000, at three training "
            "sites.\n\nThe Americans speak of at least 3,000, spread over three training grounds.")
    got = [(c.value, c.measure, c.qualifier, c.attributed_to) for c in numeric(text, aliases, date(2024, 11, 1))]
    assert got[1:] == [(3000, "troops", "at_least", "White House"), (3, "sites", "exact", "White House"),
                       (3000, "troops", "at_least", "United States"), (3, "grounds", "exact", "United States")]


def test_a_bold_lines_plural_demonym_speaks(aliases) -> None:
    text = "North Korea has sent troops to Russia.\n\n**The Americans speak of at least 3,000.**"
    assert [c.attributed_to for c in numeric(text, aliases, date(2024, 11, 1))] == ["United States"]


def test_each_figure_is_the_source_named_right_after_it(aliases) -> None:
    text = ("North Korea has sent troops to Russia.\n\n**Twelve thousand according to Kyiv, three thousand according "
            "to Seoul.**\n\nSince the NIS disclosed on October 18 that North Korea had begun moving troops, official "
            "estimates of their number have climbed: \"around 10,000\" according to the Pentagon on Monday, and "
            "\"more than 10,000\" according to the NIS yesterday.")
    got = [(c.value, c.attributed_to) for c in numeric(text, aliases, date(2024, 10, 30))]
    assert got == [(12000, "Ukraine"), (3000, "South Korea"), (10000, "US Department of Defense"),
                   (10000, "South Korea NIS")]


def test_a_plural_noun_before_have_is_no_reporting_verb(aliases) -> None:
    s = ("Since the NIS disclosed that North Korea had begun moving troops, estimates have climbed: \"10,000\" "
         "according to the Pentagon.")
    assert [a.speaker for a in find_attributions(s, aliases.find(s), aliases)] == [
        "South Korea NIS", "US Department of Defense"]


def test_a_speaker_whose_verb_is_left_out_after_and_gave_the_figure(aliases) -> None:
    text = ("North Korea has sent troops to Russia.\n\nOn October 23 the White House spoke of at least 3,000 and Seoul "
            "of about 3,000.\n\nThe White House put the number at 3,000 and the Pentagon at 10,000.")
    got = [(c.value, c.attributed_to) for c in numeric(text, aliases, date(2024, 11, 1))]
    assert got == [(3000, "White House"), (3000, "South Korea"), (3000, "White House"),
                   (10000, "US Department of Defense")]


def test_the_country_an_opening_aside_describes_owns_its_figure(aliases) -> None:
    text = ("North Korean troops are in Russia, the NIS said.\n\nCanada, with about 1,400 troops in Latvia, should be "
            "urging Seoul on.\n\nThe NIS said on Monday, with about 3,000 North Korean troops there, that more would go.")
    assert [(c.value, c.subject) for c in numeric(text, aliases)] == [(1400, "Canada"), (3000, "North Korea")]


def test_a_figure_nobody_gives_is_the_one_the_article_gives_as_one_sources(aliases) -> None:
    text = ("North Korea fired an intercontinental missile. Japan's defence ministry said it flew for about 86 minutes."
            "\n\nThe launch came as the missile, which flew for 86 minutes, set a record.\n\nSome 3,000 troops are in "
            "Russia. The NIS said 3,000 troops were there, and the Pentagon said 3,000 troops were there.")
    got = [(c.value, c.attributed_to) for c in numeric(text, aliases, date(2024, 11, 1))]
    assert got[:2] == [(86, "Japan defence ministry"), (86, "Japan defence ministry")]
    assert got[2] == (3000, None)  # two sources give it: nobody's in particular


def test_a_speaker_who_gave_a_figure_gave_it(aliases) -> None:
    text = ("North Korea has sent troops to Russia.\n\nLast Wednesday the White House had spoken of at least 3,000; "
            "South Korea's intelligence service gave about 3,000 the same day.")
    assert [c.attributed_to for c in numeric(text, aliases, date(2024, 10, 30))] == ["White House", "South Korea NIS"]


def test_a_user_alias_file_keeps_or_sets_whether_a_country_is_named_in_passing() -> None:
    from reconcile.entities import load_aliases

    table = load_aliases('[[entity]]\ncanonical = "Australia"\naliases = ["Oz"]\n\n'
                         '[[entity]]\ncanonical = "Poland"\npassing = true\n', "my.toml")
    assert table.get("Australia").passing and "Oz" in table.get("Australia").aliases  # kept: the file says nothing
    assert table.get("Poland").passing  # set: the file says so
