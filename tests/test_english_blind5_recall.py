"""English recall on construction classes found missing when the analyzer met a fifth blind
development set of clinic copy (fact sheets, case captions, reader offers, podcast transcripts,
overseas stem cell and chelation pages, athlete news, SMS deals).

Each advertising line must be found with its category as an asserted claim; each neutral
counterpart (news, a leaflet, a forum post, a negation, a notice) must not be charged with that
category as an asserted claim. Every sentence here was written for these tests; none is taken
from the development set."""

from __future__ import annotations

from conftest import recall_probe_tests


ADVERTISING = [
    # cure: abilities regained, remission with its object, a condition's misery ended, pathogens cleared
    ("After our stem cell course he regained his balance within weeks.", "CURE_TREATMENT_CLAIM"),
    ("Our immunotherapy drip has brought late-stage patients into remission.", "CURE_TREATMENT_CLAIM"),
    ("Our bioidentical pellets put an end to menopausal misery.", "CURE_TREATMENT_CLAIM"),
    ("The ozone course flushes lingering viral load so you can finally breathe.", "CURE_TREATMENT_CLAIM"),
    ("Our stem cells regenerate insulin-producing beta cells.", "CURE_TREATMENT_CLAIM"),
    # discourages standard care: medication cut or unused, surgery cancelled, drugs disparaged
    ("After our stem cell course he cut back his metformin.", "DISCOURAGES_STANDARD_CARE"),
    ("Since the chelation drips I'm down to no tablets at all.", "DISCOURAGES_STANDARD_CARE"),
    ("My inhalers just gather dust now since the ozone sessions.", "DISCOURAGES_STANDARD_CARE"),
    ("Since the hyperbaric course, three of our patients cancelled their knee replacements.", "DISCOURAGES_STANDARD_CARE"),
    ("Our IV vitamin protocol goes where antibiotics simply can't reach.", "DISCOURAGES_STANDARD_CARE"),
    ("Our laser calms eczema without the side effects of steroids.", "DISCOURAGES_STANDARD_CARE"),
    # safety: harm impossible, a clean record, fact-sheet lines
    ("The filler is identical to what your skin makes, so rejection is impossible.", "SAFETY_ABSOLUTE"),
    ("It's made from your own fat, so it cannot trigger an allergic reaction.", "SAFETY_ABSOLUTE"),
    ("We have never had a single complication in ten years of PRP.", "SAFETY_ABSOLUTE"),
    ("**Downtime:** none.", "SAFETY_ABSOLUTE"),
    # a safety term that holds the negation leaves the next claim of the sentence asserted
    ("PRP is your own blood, so it can't cause a reaction, and it rebuilds worn cartilage.", "CURE_TREATMENT_CLAIM"),
    # anti-ageing
    ("Our peptide serum wakes up sleepy skin cells.", "ANTI_AGING_REJUVENATION"),
    ("This booster firms sagging jowls in one visit.", "ANTI_AGING_REJUVENATION"),
    ("Our hormone plan keeps you looking 45 at 65.", "ANTI_AGING_REJUVENATION"),
    # pseudo-evidence
    ("90% of our patients are pain-free after two PRP injections.", "PSEUDO_EVIDENCE"),
    ("Case 12: pigmentation reduced by 60% after three peels.", "PSEUDO_EVIDENCE"),
    ("Our programme turned members' biological age back by 5 years.", "PSEUDO_EVIDENCE"),
    ("Our ozone drip selectively kills tumour cells.", "PSEUDO_EVIDENCE"),
    # weight
    ("Our cryo session torches up to 600 calories.", "WEIGHT_LOSS_CLAIM"),
    ("Our HRT pellets melt away menopausal belly for good.", "WEIGHT_LOSS_CLAIM"),
    # superlative
    ("Our London lounge offers the UK's first exosome drip.", "SUPERLATIVE_COMPARATIVE"),
    ("Our regenerative jab works when everything else has failed.", "SUPERLATIVE_COMPARATIVE"),
    ("This Korean toxin works just as well as the big brand.", "SUPERLATIVE_COMPARATIVE"),
    ("A yearly NAD drip is the best investment you'll ever make.", "SUPERLATIVE_COMPARATIVE"),
    # urgency
    ("Book in before the spots fill up!", "URGENCY_SCARCITY"),
    ("Only 3 boxes of the salmon booster left.", "URGENCY_SCARCITY"),
    ("Final 5 spots for our spring detox course.", "URGENCY_SCARCITY"),
    ("Bookings close Sunday for the summer slim-down.", "URGENCY_SCARCITY"),
    # guarantee
    ("Guaranteed, or we'll add another session free.", "GUARANTEE_CERTAINTY"),
    ("Noticeable lift from your very first session.", "GUARANTEE_CERTAINTY"),
    # authority
    ("As your skin doctor, I can assure you our peptide serum works.", "AUTHORITY_APPEAL"),
    ("Dr Patel's personal favourite: our hydration drip.", "AUTHORITY_APPEAL"),
    ("I'd happily put my own mum on our NAD protocol.", "AUTHORITY_APPEAL"),
    # celebrity and athlete
    ("Loved by a reality TV star, our glow drip is finally here.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Trusted by Premier League footballers, our recovery lounge opens Monday.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Our placenta shots are the secret behind the skin of Seoul's top models.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # price and paid reviews
    ("Our B12 shots: £25 each or 3 for £60.", "PRICE_INDUCEMENT"),
    ("Now $180 per vial (regular $260).", "PRICE_INDUCEMENT"),
    ("Leave us a review and get £10 off your next facial!", "STEALTH_ADVERTISING"),
    ("Readers who mention this article receive 20% off at the Harbour Clinic.", "STEALTH_ADVERTISING"),
    # detox, performance
    ("Our glutathione drip flushes the weekend out of your system.", "DETOX_WELLNESS_VAGUE"),
    ("Our peptide stack means faster recovery between training sessions.", "PERFORMANCE_RECOVERY"),
    # fixed in the context lexicon after the probe was written: the ad's own safety record and results
    ("**Risks:** none reported.", "SAFETY_ABSOLUTE"),
    ("Our clinic reports that 85% of knee patients no longer needed painkillers after one injection.", "DISCOURAGES_STANDARD_CARE"),
]


NEUTRAL = [
    ("Physiotherapy helps stroke patients regain their balance.", "CURE_TREATMENT_CLAIM"),
    ("Chemotherapy brought her into remission in 2019, the hospital said.", "CURE_TREATMENT_CLAIM"),
    ("Do not cut back your insulin without speaking to your GP.", "DISCOURAGES_STANDARD_CARE"),
    ("Pharmacists are warning that unused prescriptions just sit in the drawer for years.", "DISCOURAGES_STANDARD_CARE"),
    ("No medicine is completely safe; an allergic reaction is always possible.", "SAFETY_ABSOLUTE"),
    ("The surgeon said she had never seen a complication like it.", "SAFETY_ABSOLUTE"),
    ("Risks: none of the volunteers in the trial were harmed.", "SAFETY_ABSOLUTE"),
    ("Scientists have reprogrammed ageing cells in mice, a study reports.", "ANTI_AGING_REJUVENATION"),
    ("Pain reduced by 40% in the trial group, researchers said.", "PSEUDO_EVIDENCE"),
    ("A brisk walk burns about 300 calories.", "WEIGHT_LOSS_CLAIM"),
    ("The world's first approved gene therapy was launched in 2012.", "SUPERLATIVE_COMPARATIVE"),
    ("Applications close Friday. Registration closes Friday for the conference.", "URGENCY_SCARCITY"),
    ("Reality star Jess Kane was fined for a misleading post.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("A study found the morning ritual of top athletes includes more sleep.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Please leave us a review - it helps other patients find us. Students get £10 off.", "STEALTH_ADVERTISING"),
    ("The contrast dye will be flushed out of your system within 24 hours; drink plenty of water.", "DETOX_WELLNESS_VAGUE"),
    ("Job: IV nurse wanted, Friday to Sunday, £25 per hour or 4 shifts for £600 a weekend.", "PRICE_INDUCEMENT"),
]




test_advertising_line_is_claimed, test_neutral_counterpart_is_not_claimed = recall_probe_tests(ADVERTISING, NEUTRAL)
