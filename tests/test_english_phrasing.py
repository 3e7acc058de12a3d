"""English phrasings the first lexicons missed: Instagram captions, spoken (YouTube) style,
FAQ answers, British spellings, rhetorical questions, banners and testimonials. Each violating
line must yield its category as an asserted claim; each hard negative (news, guidance,
fact-checks, honest clinic pages) must yield no asserted claim of the named category (or none
at all when the category is None)."""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def claims_of(text: str):
    return audit_text(text, lang="en").claims


def describe(text: str) -> list[tuple[str, str, str]]:
    return [(c.category, c.assertion, c.text) for c in claims_of(text)]


@pytest.mark.parametrize(
    "text, category",
    [
        # anti-ageing
        ("Your skin will be visibly younger after one session.", "ANTI_AGING_REJUVENATION"),
        ("Reclaim the skin you had in your twenties.", "ANTI_AGING_REJUVENATION"),
        ("so basically topping up NAD literally makes you age slower", "ANTI_AGING_REJUVENATION"),
        ("A: It resets your epigenetic clock so your cells behave like they did a decade ago.", "ANTI_AGING_REJUVENATION"),
        # safety
        ("Our IV therapy is as safe as drinking a glass of water.", "SAFETY_ABSOLUTE"),
        ("No nasty side effects like with prescription drugs.", "SAFETY_ABSOLUTE"),
        ("Don't worry, there are literally no side effects with this drip.", "SAFETY_ABSOLUTE"),
        # immunity and prevention
        ("Bulletproof your immune system with our weekly vitamin drip.", "DISEASE_PREVENTION_IMMUNITY"),
        ("Stay healthy all winter - our immune shield drip keeps colds at bay.", "DISEASE_PREVENTION_IMMUNITY"),
        ("NAD+ protects your brain from Alzheimer's and dementia.", "DISEASE_PREVENTION_IMMUNITY"),
        ("Our clients hardly ever get sick since starting monthly drips.", "DISEASE_PREVENTION_IMMUNITY"),
        # detox
        ("Give your liver a spring clean with glutathione.", "DETOX_WELLNESS_VAGUE"),
        # cure, with British spellings
        ("Haemorrhoids, varicose veins, rosacea - all treated in one visit.", "CURE_TREATMENT_CLAIM"),
        ("HBOT has been life-changing for kids with autism and cerebral palsy.", "CURE_TREATMENT_CLAIM"),
        ("The drip that knocks out migraines in under an hour.", "CURE_TREATMENT_CLAIM"),
        ("Our exosome therapy has helped hundreds of patients with Parkinson's get their lives back.", "CURE_TREATMENT_CLAIM"),
        ("Erectile dysfunction fixed in one painless session with our shockwave therapy.", "CURE_TREATMENT_CLAIM"),
        ("Our laser therapy makes tinnitus a thing of the past.", "CURE_TREATMENT_CLAIM"),
        ("So many of our MS patients have thrown away their walking sticks.", "CURE_TREATMENT_CLAIM"),
        # standard care
        ("We can get you off your blood pressure meds in 12 weeks.", "DISCOURAGES_STANDARD_CARE"),
        ("Why take statins when chelation clears your arteries naturally?", "DISCOURAGES_STANDARD_CARE"),
        ("Strengthen your natural immunity without vaccines.", "DISCOURAGES_STANDARD_CARE"),
        # guarantee, evidence, authority, fame
        ("If you don't see a difference, your next session is free.", "GUARANTEE_CERTAINTY"),
        ("You WILL lose weight on this programme - we promise.", "GUARANTEE_CERTAINTY"),
        ("Backed by over 2,000 published studies.", "PSEUDO_EVIDENCE"),
        ("Ozone kills 99.9% of pathogens on contact.", "PSEUDO_EVIDENCE"),
        ("The treatment top plastic surgeons use on their own faces.", "AUTHORITY_APPEAL"),
        ("Featured in Vogue, Tatler and the Daily Mail.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
        ("Hollywood's best-kept secret is finally in London.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
        # testimonial and before/after
        ("\"I came in barely able to climb the stairs and left a new woman\" - Maureen, Leeds", "TESTIMONIAL"),
        ("My GP couldn't believe my bloods after six months of NAD.", "TESTIMONIAL"),
        ("Same lighting, same angle, no filter - just PRP.", "BEFORE_AFTER"),
        # price, urgency, superlative
        ("Buy a bundle of 5 drips and get the 6th free.", "PRICE_INDUCEMENT"),
        ("Get 3 sessions for the price of 2.", "PRICE_INDUCEMENT"),
        ("Only 10 exosome kits left at this price!", "URGENCY_SCARCITY"),
        ("Nobody does lips better than us.", "SUPERLATIVE_COMPARATIVE"),
        ("Unlike cheap high-street drip bars, our IVs are made fresh by a pharmacist.", "SUPERLATIVE_COMPARATIVE"),
        # approval, products, weight, sport
        ("Licensed by the government to provide stem cell therapy.", "FALSE_APPROVAL_CLAIM"),
        ("EDTA chelation packages now open for booking.", "UNAPPROVED_PRODUCT_PROMOTION"),
        ("Tirzepatide pens in stock, same-week start.", "PRESCRIPTION_ONLY_PROMOTION"),
        ("Lose a stone in four weeks, guaranteed.", "WEIGHT_LOSS_CLAIM"),
        ("Back on the pitch in days, not weeks.", "PERFORMANCE_RECOVERY"),
        ("Our drips are fine for tested athletes - nothing banned in them.", "DOPING_RISK"),
        ("Rehydrate after weigh-ins with a 1 litre IV - perfect for fighters.", "DOPING_RISK"),
    ],
)
def test_new_phrasing_is_an_asserted_claim(text, category):
    found = describe(text)
    assert (category, "asserted") in {(c, s) for c, s, _ in found}, f"false negative {category}: {text!r} -> {found}"


@pytest.mark.parametrize(
    "text, category, expected",
    [
        ("Anyone offering \"FDA-approved stem cells\" for knee pain should be treated with suspicion.", "FALSE_APPROVAL_CLAIM", "reported"),
        ("Wegovy is also approved to reduce the risk of heart attack and stroke in adults with heart disease.", "DISEASE_PREVENTION_IMMUNITY", "reported"),
        ("Vitamin B12 injections are used to treat pernicious anaemia.", "CURE_TREATMENT_CLAIM", "reported"),
        ("Chronic pain is complex, and no single treatment works for everyone.", "GUARANTEE_CERTAINTY", "negated"),
        ("The documentary followed three families who travelled abroad for stem cell treatment for autism.", "CURE_TREATMENT_CLAIM", "reported"),
        ("Most people lose weight on GLP-1 drugs, but many regain it when they stop.", "WEIGHT_LOSS_CLAIM", "hedged"),
    ],
)
def test_hard_negative_keeps_its_claim_uncharged(text, category, expected):
    statuses = [s for c, s, _ in describe(text) if c == category]
    assert statuses and "asserted" not in statuses and expected in statuses, f"{text!r} -> {describe(text)}"


@pytest.mark.parametrize(
    "text",
    [
        "Wegovy (semaglutide injection 2.4 mg) is a prescription medicine approved by the FDA for chronic weight management.",
        "Wegovy was approved by the FDA in 2021.",
        "Her doctor recommended she try physiotherapy before considering surgery.",
        "The vaccine reduces the risk of severe illness from flu, especially in older adults.",
        "The NHS offers weight-loss injections only to people who meet strict criteria.",
        "Haemorrhoids are swollen blood vessels; see your GP if you notice bleeding.",
        "Some patients report feeling more energetic after an IV drip, though this may be a placebo effect.",
        "Our clinic is open Monday to Friday, 9am to 6pm. Parking is available on site.",
    ],
)
def test_hard_negative_has_no_asserted_claim(text):
    asserted = [(c, t) for c, s, t in describe(text) if s == "asserted"]
    assert not asserted, f"false positive: {text!r} -> {asserted}"
