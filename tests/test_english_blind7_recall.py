"""English recall on construction classes found missing when the analyzer met a seventh blind
development set of clinic copy (drip menus, FAQs, SMS offers, medical-travel packages, athlete
drips, grey-market peptide posts, placenta and cord blood ads, influencer captions).

Each advertising line must be found with its category as an asserted claim; each neutral
counterpart (news, a leaflet, a forum post, a negation, a regulator's note, an unrelated trade)
must not be charged with that category as an asserted claim. Every sentence here was written for
these tests; none is taken from the development set."""

from __future__ import annotations

import pytest

from conftest import assert_claimed, assert_not_claimed, english_findings, recall_probe_tests


ADVERTISING = [
    # discourages standard care: headline imperatives, rhetorical "why go under the knife?",
    # guests off named medicines, "rather than masking symptoms", avoided heart surgery
    ("Sore shoulder? Skip the steroid injection.", "DISCOURAGES_STANDARD_CARE"),
    ("Unblock your arteries naturally. Skip the stent.", "DISCOURAGES_STANDARD_CARE"),
    ("Tighter jawline in one visit. Why go under the knife?", "DISCOURAGES_STANDARD_CARE"),
    ("After our ozone retreat, guests stop their blood pressure medication.", "DISCOURAGES_STANDARD_CARE"),
    ("Our functional medicine drips fix the cause instead of just masking the symptoms.", "DISCOURAGES_STANDARD_CARE"),
    ("Hundreds of our patients have avoided bypass surgery, ask us how.", "DISCOURAGES_STANDARD_CARE"),
    # cure: root healing, addiction ended, arteries cleared, tissues healed, a life back
    ("Our herbal protocol heals the body at its root.", "CURE_TREATMENT_CLAIM"),
    ("Our NAD+ programme ends opioid withdrawal in days.", "CURE_TREATMENT_CLAIM"),
    ("Our chelation drip clears plaque from your arteries.", "CURE_TREATMENT_CLAIM"),
    ("Our BPC-157 injections repair torn ligaments in weeks.", "CURE_TREATMENT_CLAIM"),
    ("Our lupus patients got their lives back with our stem cell infusions.", "CURE_TREATMENT_CLAIM"),
    # price: festival offers, N-for-M deals, travel perks, trial prices, struck prices, spoken codes
    ("Eid offer: lip filler for AED 999.", "PRICE_INDUCEMENT"),
    ("Lunar New Year promo on all HIFU packages!", "PRICE_INDUCEMENT"),
    ("Buy 6 vitamin shots for the price of 4.", "PRICE_INDUCEMENT"),
    ("Book your hair transplant in Istanbul and your partner stays free.", "PRICE_INDUCEMENT"),
    ("Try our testosterone subscription for just $1.", "PRICE_INDUCEMENT"),
    ("NAD+ drip £300 £220 until Friday.", "PRICE_INDUCEMENT"),
    ("3 IV drips for AED 450 at our Marina lounge.", "PRICE_INDUCEMENT"),
    ("Tell them Maya sent you and they'll knock £50 off.", "PRICE_INDUCEMENT"),
    ("Full face HIFU $688 (U.P. $1,400).", "PRICE_INDUCEMENT"),
    # stealth advertising: a review paid with a half-price session, a spoken referral
    ("Leave us a 5-star review and your next facial is half price!", "STEALTH_ADVERTISING"),
    ("Tell them Priya sent you at the front desk.", "STEALTH_ADVERTISING"),
    # false approval: national FDAs and regulator-approved equipment
    ("Pure and gentle, approved by Philippine FDA.", "FALSE_APPROVAL_CLAIM"),
    ("Our whitening drip is Thai FDA registered.", "FALSE_APPROVAL_CLAIM"),
    ("TGA approved lasers in every treatment room.", "FALSE_APPROVAL_CLAIM"),
    # doping: tests that won't show it, litre drips for athletes
    ("Relax, our peptide blend won't show up on a routine drug test.", "DOPING_RISK"),
    ("Rugby players: a litre of saline and vitamins after every match.", "DOPING_RISK"),
    ("Cyclists love our 500ml recovery bag.", "DOPING_RISK"),
    # pseudo-evidence: tallies, kids' percentages, oxygen floods, "bad active oxygen"
    ("Over 12,000 successful PRP treatments and counting.", "PSEUDO_EVIDENCE"),
    ("Given in hundreds of procedures without a single complication.", "PSEUDO_EVIDENCE"),
    ("In our clinic, 78% of kids showed calmer behaviour after chelation.", "PSEUDO_EVIDENCE"),
    ("Our hyperbaric sessions saturate your cells with oxygen.", "PSEUDO_EVIDENCE"),
    ("Our hydrogen water fights bad active oxygen in every glass.", "PSEUDO_EVIDENCE"),
    # safety: a clean record
    ("Years of use without a single side effect.", "SAFETY_ABSOLUTE"),
    # anti-ageing: skin back to a younger age, telegraphic ageing signs, cellular skin regeneration
    ("Our PDRN booster takes your skin back to its youthful state.", "ANTI_AGING_REJUVENATION"),
    ("Radiofrequency facial: fine lines gone, glow on.", "ANTI_AGING_REJUVENATION"),
    ("Our salmon DNA injections regenerate your skin from within.", "ANTI_AGING_REJUVENATION"),
    ("Our NMN drip tackles the root cause of ageing.", "ANTI_AGING_REJUVENATION"),
    # celebrity: local stars and presenters, "a favourite of", sportspeople as regulars
    ("Trusted by K-pop idols and TV presenters alike.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Our glow drip is a favourite of film stars.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Several professional rugby players are regulars at our recovery lounge.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # superlative: the only way, a leading practitioner, #1 with a noun
    ("Our peptide plan is the only way to guarantee lean muscle after 50.", "SUPERLATIVE_COMPARATIVE"),
    ("Meet Dr Rao, Dubai's most trusted hormone doctor.", "SUPERLATIVE_COMPARATIVE"),
    ("Our scalp drip is the #1 thinning hair solution in Sydney.", "SUPERLATIVE_COMPARATIVE"),
    # disease prevention: a winter without colds, "X prevention" as an indication, family protection
    ("Three drips in and I haven't caught a single cold this winter.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Our NAD+ drip for stroke prevention, now at our clinic.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Our stem cell banking helps protect your children from deadly diseases.", "DISEASE_PREVENTION_IMMUNITY"),
    # detox: inflammation or bloat flushed out, feeling lighter
    ("Our lymphatic drainage session drains puffiness and water retention.", "DETOX_WELLNESS_VAGUE"),
    ("Two sessions in the infrared sauna and my brain fog is completely gone.", "DETOX_WELLNESS_VAGUE"),
    ("Leave our float spa feeling lighter and more energetic.", "DETOX_WELLNESS_VAGUE"),
    # urgency: booking deadlines
    ("Register before 15 April to lock in this package.", "URGENCY_SCARCITY"),
    ("Order by March 31 and get a free consultation.", "URGENCY_SCARCITY"),
    # weight loss: calories burned by a passive treatment
    ("Our cryo chamber burns up to 600 calories in one session.", "WEIGHT_LOSS_CLAIM"),
    # unapproved: compounded copies, investigational drugs, "research use only"
    ("Our compounded tirzepatide plan starts today.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Orforglipron now in stock, DM for pricing.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Our BPC-157 vials ship discreetly, for research purposes only.", "UNAPPROVED_PRODUCT_PROMOTION"),
    # authority: an elite institution's research as proof
    ("Stanford research proves NMN restores your energy.", "AUTHORITY_APPEAL"),
]


NEUTRAL = [
    ("Should patients skip the steroid injection? Surgeons disagree.", "DISCOURAGES_STANDARD_CARE"),
    ("We skipped the first lecture and went straight to the lab.", "DISCOURAGES_STANDARD_CARE"),
    ("Never come off your diabetes medication without talking to your GP.", "DISCOURAGES_STANDARD_CARE"),
    ("He had heart surgery in 2019 and recovered well.", "DISCOURAGES_STANDARD_CARE"),
    ("Methadone reduces withdrawal symptoms, the leaflet explains.", "CURE_TREATMENT_CLAIM"),
    ("Brushing twice a day helps clear plaque from your teeth.", "CURE_TREATMENT_CLAIM"),
    ("Torn ligaments can take months to heal after surgery.", "CURE_TREATMENT_CLAIM"),
    ("The charity's Eid appeal raised £2m for clean water.", "PRICE_INDUCEMENT"),
    ("Prices for the 2 litre bottles went from £2 to £2.50 last year.", "PRICE_INDUCEMENT"),
    ("Her partner stayed at home with the children.", "PRICE_INDUCEMENT"),
    ("Leave us your feedback on the new opening hours.", "STEALTH_ADVERTISING"),
    ("The Thai FDA has warned about fake whitening drips sold online.", "FALSE_APPROVAL_CLAIM"),
    ("Health Canada approved the drug for adults in 2021.", "FALSE_APPROVAL_CLAIM"),
    ("Athletes must not receive more than 100 mL of IV fluid in 12 hours without a TUE.", "DOPING_RISK"),
    ("After the crash he was given a litre of saline in A&E.", "DOPING_RISK"),
    ("The ward has treated thousands of patients since it opened.", "PSEUDO_EVIDENCE"),
    ("Oxygen therapy is used in hospital for patients with low blood oxygen.", "PSEUDO_EVIDENCE"),
    ("Sun exposure is the main cause of skin ageing, dermatologists say.", "ANTI_AGING_REJUVENATION"),
    ("With the wrinkles gone from the shirt, he left for work.", "ANTI_AGING_REJUVENATION"),
    ("The actor thanked local celebrities for supporting the charity.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Vaccination remains the most reliable way to protect children from measles.", "SUPERLATIVE_COMPARATIVE"),
    ("The council's stroke prevention campaign starts in May.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Early bird tickets for the book festival sell quickly.", "URGENCY_SCARCITY"),
    ("A brisk hour-long walk can burn around 300 calories.", "WEIGHT_LOSS_CLAIM"),
    ("Compounded semaglutide is not approved by the FDA, the pharmacist warned.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Harvard researchers found that sleep matters more than diet.", "AUTHORITY_APPEAL"),
    ("Oxford researchers showed that NAD+ levels fall with age in mice.", "AUTHORITY_APPEAL"),
    ("Peptide powders online are often marked \"not for human consumption\".", "UNAPPROVED_PRODUCT_PROMOTION"),
]


test_advertising_line_is_claimed, test_neutral_counterpart_is_not_claimed = recall_probe_tests(ADVERTISING, NEUTRAL)


@pytest.mark.parametrize(
    "text",
    [
        "so hooked on these infrared sessions, my skin has never been smoother and my bloating is just gone",
        "Hi Dan, your summer body is calling! 2 lipo-laser sessions for £99 this weekend only.",
    ],
)
def test_pseudo_cues_keep_the_claim_asserted(text: str) -> None:
    """"never been smoother" is a testimonial intensifier and "your summer body is calling" an
    ad idiom; neither negates nor reports what follows."""
    assert english_findings(text), text


def test_condition_in_the_question_before_the_promise() -> None:
    """A fragment question led by words of suffering ('Living with', 'Tired of': topic_lead in
    lexicons/context/en.yml) is the topic the next sentence's promise answers."""
    assert_claimed("Living with psoriasis? You don't have to anymore.", "CURE_TREATMENT_CLAIM")
    assert_claimed("Sick of migraines? You don't have to any more.", "CURE_TREATMENT_CLAIM")


def test_a_real_question_about_the_condition_is_no_topic() -> None:
    """A question with other words than the lead and the condition pairs with nothing."""
    assert_not_claimed("What causes psoriasis? You don't have to know the science to follow this guide.",
                       "CURE_TREATMENT_CLAIM")


def test_press_release_quote_of_own_founder() -> None:
    """A release the clinic issues itself speaks for it (own_release in lexicons/context/en.yml)."""
    text = (
        "FOR IMMEDIATE RELEASE\nBrightcell Clinic launches NeuroDrip today. "
        '"NeuroDrip reverses dementia," said founder Dr Ann Lowe.'
    )
    assert_claimed(text, "CURE_TREATMENT_CLAIM")
