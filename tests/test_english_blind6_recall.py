"""English recall on construction classes found missing when the analyzer met a sixth blind
development set of clinic copy (influencer captions, advertorials, SMS and pharmacy deals, press
releases, podcast transcripts, stem cell FAQs, athlete drips).

Each advertising line must be found with its category as an asserted claim; each neutral
counterpart (news, a leaflet, a forum post, a negation, a notice, a job ad, a price list) must not
be charged with that category as an asserted claim. Every sentence here was written for these
tests; none is taken from the development set."""

from __future__ import annotations

from conftest import recall_probe_tests


ADVERTISING = [
    # cure: infection wiped from the body, disease markers brought down, milestones, tissues repaired
    ("Our ozone drip kills all the hidden pathogens in your bloodstream.", "CURE_TREATMENT_CLAIM"),
    ("The UV blood drip flushes out the lingering virus after flu.", "CURE_TREATMENT_CLAIM"),
    ("Our NAD drip gets blood pressure under control naturally.", "CURE_TREATMENT_CLAIM"),
    ("Our chelation course helps your child hit the developmental milestones again.", "CURE_TREATMENT_CLAIM"),
    ("TB-500 recovery stack: torn ligaments and cartilage rebuilt in weeks.", "CURE_TREATMENT_CLAIM"),
    # discourages standard care
    ("Our PRP scalp therapy works where Rogaine failed.", "DISCOURAGES_STANDARD_CARE"),
    ("Our peptide drip delivers results prescription drugs could never match.", "DISCOURAGES_STANDARD_CARE"),
    ("Radiofrequency lifting is the safer alternative to a surgical facelift.", "DISCOURAGES_STANDARD_CARE"),
    ("After our stem cell injections, knee surgery becomes unnecessary.", "DISCOURAGES_STANDARD_CARE"),
    # guarantee
    ("Our hair clinic promises guaranteed results with the exosome scalp drip.", "GUARANTEE_CERTAINTY"),
    ("Banish cellulite with our cryo sessions for good.", "GUARANTEE_CERTAINTY"),
    ("Lose the weight with our jab or all your money back.", "GUARANTEE_CERTAINTY"),
    # testimonial: the writer's own treatment and results, social forms
    ("so hooked on my weekly NAD IV, best decision ever", "TESTIMONIAL"),
    ("two sessions of the laser and my dark circles are basically gone", "TESTIMONIAL"),
    ("had my lip filler last month and not a single cold sore since", "TESTIMONIAL"),
    ("fillers day with my fave injector ✨ no pain, no bruising, no regrets", "TESTIMONIAL"),
    ("Why I'm hooked on the weekly vitamin drip everyone's talking about", "TESTIMONIAL"),
    # stealth advertising: gifted treatment, advertorial try-outs and booking pointers
    ("huge thanks to the team, they comped my PRP facial on the house 💕", "STEALTH_ADVERTISING"),
    ("Our health writer Tom tested the NAD drip for a month.", "STEALTH_ADVERTISING"),
    ("Here's where he got his testosterone therapy, and how you can book it too.", "STEALTH_ADVERTISING"),
    # celebrity and athlete endorsement
    ("The peptide protocol loved by Hollywood A-listers.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Our recovery drip has kept elite cyclists racing all season.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # authority
    ("As a qualified doctor, I wholeheartedly recommend our NAD drip.", "AUTHORITY_APPEAL"),
    ("As an NHS consultant, I personally use this peptide every morning.", "AUTHORITY_APPEAL"),
    # superlative
    ("We are the first clinic in Scotland to offer exosome hair therapy.", "SUPERLATIVE_COMPARATIVE"),
    ("Our salmon DNA booster is the gentlest skin treatment there is.", "SUPERLATIVE_COMPARATIVE"),
    ("Dr Patel is known as one of London's top hormone doctors.", "SUPERLATIVE_COMPARATIVE"),
    # price
    ("Tirzepatide pens with free next-day delivery.", "PRICE_INDUCEMENT"),
    ("Spread the cost of your HIFU facelift with interest-free instalments.", "PRICE_INDUCEMENT"),
    # urgency
    ("Our vitamin drip slots sell out in minutes, so be quick.", "URGENCY_SCARCITY"),
    ("Our exosome facial offers end at midnight.", "URGENCY_SCARCITY"),
    # anti-ageing
    ("Our NAD plan keeps your biological age a decade below your real age.", "ANTI_AGING_REJUVENATION"),
    ("Our hormone pellets put your libido back to how it was in your thirties.", "ANTI_AGING_REJUVENATION"),
    # before/after captions with arrows
    ("Before ➡ After: 3 sessions of our laser.", "BEFORE_AFTER"),
    ("Swipe 👉 to see the results of her tear trough filler.", "BEFORE_AFTER"),
    # pseudo-evidence: tallies offered as proof
    ("Join 25,000+ satisfied clients at our HIFU clinic.", "PSEUDO_EVIDENCE"),
    ("Our exosome serum holds over 300 bioactive growth factors.", "PSEUDO_EVIDENCE"),
    # doping: large-volume drips for athletes
    ("Our 1 litre hydration drip for marathon runners before race day.", "DOPING_RISK"),
]


NEUTRAL = [
    ("Bleach kills all bacteria on hard surfaces.", "CURE_TREATMENT_CLAIM"),
    ("Antibiotics cannot wipe out every virus, the leaflet explains.", "CURE_TREATMENT_CLAIM"),
    ("Most babies reach these milestones by their first birthday.", "CURE_TREATMENT_CLAIM"),
    ("Torn ligaments are sometimes repaired by surgery within weeks.", "CURE_TREATMENT_CLAIM"),
    ("There is no guaranteed cure for autism.", "GUARANTEE_CERTAINTY"),
    ("The bakery shut for good in 2019.", "GUARANTEE_CERTAINTY"),
    ("Physiotherapy is often recommended instead of surgery for knee pain.", "DISCOURAGES_STANDARD_CARE"),
    ("The ASA said the clinic had claimed its drip worked where antibiotics failed.", "DISCOURAGES_STANDARD_CARE"),
    ("The restaurant gave us dessert on the house.", "STEALTH_ADVERTISING"),
    ("Our health editor explains how to read a food label.", "STEALTH_ADVERTISING"),
    ("As a GP, I often see patients worried about hair loss.", "AUTHORITY_APPEAL"),
    ("Smoking is widely regarded as the leading cause of lung cancer.", "SUPERLATIVE_COMPARATIVE"),
    ("Japan was the first in Asia to approve the vaccine.", "SUPERLATIVE_COMPARATIVE"),
    ("She was the first in her family to go to university.", "SUPERLATIVE_COMPARATIVE"),
    ("Hiring: receptionist for a dental practice, 0% finance on staff gym membership.", "PRICE_INDUCEMENT"),
    ("Visiting hours end at midnight.", "URGENCY_SCARCITY"),
    ("GP appointments fill fast in winter, so call early.", "URGENCY_SCARCITY"),
    ("Over 10,000 people replied to the survey.", "PSEUDO_EVIDENCE"),
    ("Your biological age is estimated from a blood test, the article notes.", "ANTI_AGING_REJUVENATION"),
    ("No pain, no gain, as my coach says.", "TESTIMONIAL"),
    ("Do not drink more than 1 litre of water in an hour.", "DOPING_RISK"),
]


test_advertising_line_is_claimed, test_neutral_counterpart_is_not_claimed = recall_probe_tests(ADVERTISING, NEUTRAL)
