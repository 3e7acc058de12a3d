"""English context rules added after the blind18 set's first run (lexicons/context/en.yml,
lexicons/claims/en/cure_treatment_claim.yml): a crossed-out example of wording in training
material is reported, a manner-of-speaking verb after a quotation reports it, a crowd telling
"us" on a clinic's own page relays its clients, and a disease said to clear by a time is a
cure claim; a named doctor recommending is an authority appeal, and "no appointment needed"
names the advertiser's walk-in service; "doctor-led" says who runs a clinic and is no
authority appeal (a credential held up as a reason to trust still is). Each rule is checked both ways: the construction it reads, and the ad copy it must
leave asserted. Every sentence here was written for this file."""

from __future__ import annotations

from analyzer.audit import audit_text


def claims(text: str) -> list[tuple[str, str]]:
    return [(c.category, c.assertion) for c in audit_text(text, lang="en").claims]


def flagged(text: str) -> set[str]:
    return {f.category for f in audit_text(text, lang="en").findings if not f.suppressed and f.start is not None}


def test_crossed_out_quoted_examples_in_copywriting_training_are_not_flagged():
    text = ("Module 2: words to leave out of treatment pages\n"
            "\u2717 \"The safest clinic in Leeds\"\n"
            "\u274c \"Guaranteed results or your money back\"\n"
            "\u2713 \"Book a consultation to talk through your options\"")
    assert claims(text), "the quoted examples should still be found as claims"
    assert not flagged(text), claims(text)


def test_crossed_bullets_without_quotation_marks_stay_the_ads_own_claims():
    text = "Our exosome facial:\n\u274c No downtime\n\u274c No side effects\nBook today!"
    assert "SAFETY_ABSOLUTE" in flagged(text), claims(text)


def test_a_quotation_tagged_by_a_manner_of_speaking_verb_is_reported():
    text = "\"This drip will cure your arthritis for good,\" the stranger whispered, and I walked away."
    statuses = {status for category, status in claims(text) if category == "CURE_TREATMENT_CLAIM"}
    assert statuses == {"reported"}, claims(text)


def test_the_same_promise_without_the_tag_is_asserted():
    text = "This drip will cure your arthritis for good."
    assert "CURE_TREATMENT_CLAIM" in flagged(text), claims(text)


def test_a_crowd_telling_us_on_the_clinics_own_page_relays_its_clients():
    text = "Since joining our programme many tell us they have stopped their blood pressure pills."
    assert "DISCOURAGES_STANDARD_CARE" in flagged(text), claims(text)


def test_a_crowd_telling_a_journalist_stays_reported():
    text = "Former customers of the chain contacted this newspaper, and many told us they had stopped their blood pressure pills on staff advice."
    assert "DISCOURAGES_STANDARD_CARE" not in flagged(text), claims(text)


def test_a_disease_said_to_clear_by_a_time_is_a_cure_claim():
    text = "With our infusion course, psoriasis clearing within three weeks is normal."
    assert "CURE_TREATMENT_CLAIM" in flagged(text), claims(text)


def test_a_named_doctor_recommending_the_clinic_is_an_authority_appeal():
    text = "Recommended by Dr. Helen Okafor. Book your consultation today."
    assert "AUTHORITY_APPEAL" in flagged(text), claims(text)


def test_a_report_that_a_doctor_recommended_it_is_not_charged():
    text = "The ASA found the clinic had no basis to say its course was recommended by Dr. Helen Okafor."
    assert "AUTHORITY_APPEAL" not in flagged(text), claims(text)


def test_no_appointment_needed_makes_a_vitamin_injection_an_offer():
    text = "A vitamin B12 injection to beat winter tiredness: walk in any weekday, no appointment needed."
    assert "PRESCRIPTION_ONLY_PROMOTION" in flagged(text), claims(text)


def test_doctor_led_says_who_runs_the_clinic_and_is_no_authority_appeal():
    for text in ("We are a small, doctor-led clinic hiring an aesthetic nurse prescriber.",
                 "Our doctor-led weight management service starts with an assessment of your health."):
        assert "AUTHORITY_APPEAL" not in flagged(text), claims(text)


def test_a_credential_held_up_as_a_reason_to_trust_stays_an_authority_appeal():
    text = "Medically led by a former NHS A&E consultant, so you're in the safest hands."
    assert "AUTHORITY_APPEAL" in flagged(text), claims(text)
