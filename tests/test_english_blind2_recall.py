"""English recall on construction classes found missing when the analyzer met a blind development
set of clinic copy (social captions, creator posts, FAQ answers, video transcripts, newsletters,
patient-story pages, doctor bios).

Each advertising line must be found with its category as an asserted claim; each neutral
counterpart (news, a leaflet, a forum post, a negation, a report) must not be charged with that
category as an asserted claim. Every sentence here was written for these tests; none is taken
from the development set."""

from __future__ import annotations

import pytest

from conftest import assert_claimed, recall_probe_tests


ADVERTISING = [
    # celebrity and athlete credentials
    ("J-pop idols have been booking it for ages, and K-pop stars swear by it.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Celebrities have been getting this drip for ages.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("The glow secret the celebs won't tell you about.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Dr Ito, team doctor to two national rugby squads, created our recovery drip.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Meet the injector behind some of the most famous faces in London.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Every pro cyclist I work with books a vitamin drip before the season.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("5 of the squad's first team come to us before kick-off.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # doping risk: detection and competition timing
    ("There's nothing for a drug test to pick up in our drips.", "DOPING_RISK"),
    ("Lots of runners come in the night before a marathon for our drip.", "DOPING_RISK"),
    ("Our IV gets you race-ready in 24 hours.", "DOPING_RISK"),
    # authority
    ("Our protein drip was developed with an Olympic physiotherapist.", "AUTHORITY_APPEAL"),
    ("Dr. Kim approved ✅ the serum our founder uses daily.", "AUTHORITY_APPEAL"),
    ("The science coming out of leading universities supports our NAD protocol.", "AUTHORITY_APPEAL"),
    # cure wording
    ("Clients with fibromyalgia have responded wonderfully to our exosome drips.", "CURE_TREATMENT_CLAIM"),
    ("Patients choose this infusion for chronic fatigue and Parkinson's.", "CURE_TREATMENT_CLAIM"),
    ("Our ozone therapy saturates the blood with oxygen and the tumours simply cannot survive.", "CURE_TREATMENT_CLAIM"),
    ("Our chelation course clears arterial plaque and restores healthy circulation.", "CURE_TREATMENT_CLAIM"),
    ("My psoriasis has settled right down since I started the NAD drips.", "CURE_TREATMENT_CLAIM"),
    ("Seriously, I've seen blood sugar readings drop like a stone.", "CURE_TREATMENT_CLAIM"),
    ("TB-500 healed my hamstring in a month.", "CURE_TREATMENT_CLAIM"),
    # discouraging standard care
    ("Most of our clients find they no longer need them after the course.", "DISCOURAGES_STANDARD_CARE"),
    ("If you're on blood pressure tablets, you might not even need them after a few sessions.", "DISCOURAGES_STANDARD_CARE"),
    ("Ask us about tapering off your medication.", "DISCOURAGES_STANDARD_CARE"),
    ("Talk to our team about coming off your statins.", "DISCOURAGES_STANDARD_CARE"),
    ("Our peptide protocol did what two years of physio couldn't.", "DISCOURAGES_STANDARD_CARE"),
    ("My knee healed quicker than 4 months of physiotherapy with BPC-157.", "DISCOURAGES_STANDARD_CARE"),
    ("The weekly jab is the modern alternative to bariatric surgery.", "DISCOURAGES_STANDARD_CARE"),
    ("Unlike the creams your dermatologist prescribes, our exosome facial works from within.", "DISCOURAGES_STANDARD_CARE"),
    ("My consultant had nothing more to offer, so I tried stem cells.", "DISCOURAGES_STANDARD_CARE"),
    # anti-ageing
    ("The peptide shots gave me my twenties back.", "ANTI_AGING_REJUVENATION"),
    ("These NAD drips have given me back the energy I had at 30.", "ANTI_AGING_REJUVENATION"),
    ("I feel like I did in my mid thirties.", "ANTI_AGING_REJUVENATION"),
    ("She is 58 and could easily pass for 45 after our skin booster.", "ANTI_AGING_REJUVENATION"),
    ("NMN can set your cells back a decade.", "ANTI_AGING_REJUVENATION"),
    ("It regenerates hair, skin and joints from within.", "ANTI_AGING_REJUVENATION"),
    ("Say hello to younger cells.", "ANTI_AGING_REJUVENATION"),
    # vague wellness
    ("Our drip switches on your body's own healing mechanisms.", "DETOX_WELLNESS_VAGUE"),
    ("Recharge your cellular batteries with a weekly NAD top-up.", "DETOX_WELLNESS_VAGUE"),
    ("Our B12 shot clears brain fog in minutes.", "DETOX_WELLNESS_VAGUE"),
    ("Peptides help with everything from sore joints to poor sleep.", "DETOX_WELLNESS_VAGUE"),
    ("Our glutathione IV binds and removes stored toxins.", "DETOX_WELLNESS_VAGUE"),
    # testimonials in creator and patient-story form
    ("What our clients say: stories from our patients.", "TESTIMONIAL"),
    ("My acne is literally gone after the exosome facial at our clinic.", "TESTIMONIAL"),
    ("I've finally dropped 8 kilos on the tirzepatide plan from our clinic.", "TESTIMONIAL"),
    ("Three PRP sessions later and he's back on the court.", "TESTIMONIAL"),
    ("Had my filler this morning and I already look so fresh.", "TESTIMONIAL"),
    ("The weekly drips are the reason I've stayed injury-free all year.", "TESTIMONIAL"),
    # stealth advertising
    ("Tell them you came from me and you'll get a free upgrade!", "STEALTH_ADVERTISING"),
    ("Thank you ladies for having me, the vitamin drip was dreamy.", "STEALTH_ADVERTISING"),
    ("They very kindly paid for my first session of ozone therapy.", "STEALTH_ADVERTISING"),
    ("Popped into @skin.haven for my monthly facial.", "STEALTH_ADVERTISING"),
    ("Loving the peptide injections from @renew_lab.", "STEALTH_ADVERTISING"),
    # price
    ("My code gets you money off any drip.", "PRICE_INDUCEMENT"),
    ("Mention this post and they'll throw in a free LED session.", "PRICE_INDUCEMENT"),
    # pseudo-evidence
    ("Every study shows that NMN works.", "PSEUDO_EVIDENCE"),
    ("Hydrogen slips into every cell and mops up free radicals.", "PSEUDO_EVIDENCE"),
    ("The stem cells travel straight to damaged tissue after our infusion.", "PSEUDO_EVIDENCE"),
    ("Viruses cannot survive in an oxygen-rich body.", "PSEUDO_EVIDENCE"),
    ("One drip gives you the equivalent of 150 oranges.", "PSEUDO_EVIDENCE"),
    ("No tricks, just science.", "PSEUDO_EVIDENCE"),
    ("Each vial holds more than 500 kinds of growth factors.", "PSEUDO_EVIDENCE"),
    ("Our members are down 5 kg on average in two months.", "PSEUDO_EVIDENCE"),
    ("Research confirms what we've been telling you for years: NAD drips work.", "PSEUDO_EVIDENCE"),
    # absolute safety
    ("Twelve years, eight thousand patients, not a single complication.", "SAFETY_ABSOLUTE"),
    ("I can tell you, hand on heart, not one infection.", "SAFETY_ABSOLUTE"),
    ("With our filler, lumps simply never happen.", "SAFETY_ABSOLUTE"),
    # prevention and immunity metaphors
    ("Your body, fortified for flu season.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Our vitamin C drip is a force field against colds.", "DISEASE_PREVENTION_IMMUNITY"),
    ("A monthly drip keeps your immune defences strong all year.", "DISEASE_PREVENTION_IMMUNITY"),
    # uniqueness, permanence, before and after, urgency
    ("Ours is the only clinic in the county with this device.", "SUPERLATIVE_COMPARATIVE"),
    ("We hold the nation's only licence for this therapy.", "SUPERLATIVE_COMPARATIVE"),
    ("Smoother than anything else on the market.", "SUPERLATIVE_COMPARATIVE"),
    ("Visit Leeds's favourite drip lounge.", "SUPERLATIVE_COMPARATIVE"),
    ("The result from our jawline filler is permanent.", "GUARANTEE_CERTAINTY"),
    ("Top: week 1. Bottom: week 10 of our hair protocol.", "BEFORE_AFTER"),
    ("Chin transformation with two sessions of fat-dissolving injections.", "BEFORE_AFTER"),
    ("For June only, get your second drip half price.", "URGENCY_SCARCITY"),
]


NEUTRAL = [
    ("The club doctor said the striker would miss two weeks with a hamstring strain.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("The team doctor to three national teams gave a talk on concussion.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Most pro athletes I work with are careful about supplements.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Anti-doping agencies warn that some supplements show up in a drug test.", "DOPING_RISK"),
    ("The riders were tested the night before the race.", "DOPING_RISK"),
    ("Dr Smith approved the protocol for the trial.", "AUTHORITY_APPEAL"),
    ("The patient responded well to chemotherapy for breast cancer, the paper reports.", "CURE_TREATMENT_CLAIM"),
    ("Cancer cells cannot survive without glucose, researchers said.", "CURE_TREATMENT_CLAIM"),
    ("Regular brushing removes plaque from teeth.", "CURE_TREATMENT_CLAIM"),
    ("My eczema settled down once I changed washing powder.", "CURE_TREATMENT_CLAIM"),
    ("Ask your GP before you stop any medication.", "DISCOURAGES_STANDARD_CARE"),
    ("You may not need antibiotics for a sore throat.", "DISCOURAGES_STANDARD_CARE"),
    ("If you are on insulin, do not stop it without your doctor's advice.", "DISCOURAGES_STANDARD_CARE"),
    ("NAD+ levels fall with age, but whether infusions slow ageing is unknown.", "ANTI_AGING_REJUVENATION"),
    ("She looks like she did in her twenties, her sister joked at the wedding.", "ANTI_AGING_REJUVENATION"),
    ("Researchers grew younger cells in the lab from older donors.", "ANTI_AGING_REJUVENATION"),
    ("The regulator said the clinic's posts told followers the drips had given them their twenties back.", "ANTI_AGING_REJUVENATION"),
    ("Fatigue and brain fog are common after COVID; talk to your GP.", "DETOX_WELLNESS_VAGUE"),
    ("The survey asked about everything from sleep to diet.", "DETOX_WELLNESS_VAGUE"),
    ("Thanks for having me on the podcast, it was a great chat about vaccines.", "STEALTH_ADVERTISING"),
    ("Every study has limitations, the editors noted.", "PSEUDO_EVIDENCE"),
    ("Oxygen reaches every cell through the bloodstream.", "PSEUDO_EVIDENCE"),
    ("Not one complication was reported, according to the surgeon who reviewed the trial.", "SAFETY_ABSOLUTE"),
    ("Serious side effects do not happen often, but allergic reactions are possible.", "SAFETY_ABSOLUTE"),
    ("Get your home ready for winter with these energy tips.", "DISEASE_PREVENTION_IMMUNITY"),
    ("We are not the only clinic in the region offering this, so compare prices.", "SUPERLATIVE_COMPARATIVE"),
    ("The effect of botulinum toxin is not permanent and usually wears off after three months.", "GUARANTEE_CERTAINTY"),
    ("Results may last up to a year but are not permanent.", "GUARANTEE_CERTAINTY"),
    ("Left: the waiting room. Right: the treatment room.", "BEFORE_AFTER"),
    ("The transformation of the high street continues.", "BEFORE_AFTER"),
    ("Offer valid for March only, the advert said, which regulators called misleading.", "URGENCY_SCARCITY"),
]


CODE_GAPS = [
    # the derived prescription-only claim follows the question's status when the answer is "Nope!"
    ("Do I have to count calories on the Wegovy plan?\nNope! The jab switches off cravings.", "PRESCRIPTION_ONLY_PROMOTION"),
]


test_advertising_line_is_claimed, test_neutral_counterpart_is_not_claimed = recall_probe_tests(ADVERTISING, NEUTRAL)


@pytest.mark.xfail(strict=True, reason="needs a code change in analyzer/ (answer handling, sentence splitting); see the recall report")
@pytest.mark.parametrize("text, category", CODE_GAPS)
def test_code_gap(text, category):
    assert_claimed(text, category)
