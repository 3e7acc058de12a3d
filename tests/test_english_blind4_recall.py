"""English recall on construction classes found missing when the analyzer met a fourth blind
development set of clinic copy (FAQ answers, video transcripts, social captions, menu lines,
influencer posts, cord-blood and chelation pages).

Each advertising line must be found with its category as an asserted claim; each neutral
counterpart (news, a leaflet, a forum post, a negation, a report) must not be charged with that
category as an asserted claim. Every sentence here was written for these tests; none is taken
from the development set."""

from __future__ import annotations

import pytest

from conftest import assert_claimed, recall_probe_tests


ADVERTISING = [
    # safety by nature and by a clean record
    ("Honestly, with a vitamin drip there's literally no downside.", "SAFETY_ABSOLUTE"),
    ("It's your own plasma, so nothing foreign goes into your body.", "SAFETY_ABSOLUTE"),
    ("Because the fat is yours, there's no chance of rejection or an allergic reaction.", "SAFETY_ABSOLUTE"),
    ("Nine years of ozone therapy and we've never had a single infection.", "SAFETY_ABSOLUTE"),
    ("What I tell every client is: there's zero downside to a monthly drip.", "SAFETY_ABSOLUTE"),
    # cure verbs of repair and visible recovery
    ("With our peptide protocol we see torn ligaments knit back together in a few weeks.", "CURE_TREATMENT_CLAIM"),
    ("Our ozone infusions hunt down cancer cells and leave the rest of you alone.", "CURE_TREATMENT_CLAIM"),
    ("Most of our psoriasis clients watch their patches fade within a month of the ozone course.", "CURE_TREATMENT_CLAIM"),
    ("After our stem cell infusions, people with Parkinson's have started walking again unaided.", "CURE_TREATMENT_CLAIM"),
    ("Parents see big improvements in communication in kids on the spectrum after our chamber sessions.", "CURE_TREATMENT_CLAIM"),
    ("She hobbled in on crutches and walked out without them after our PRP injection.", "CURE_TREATMENT_CLAIM"),
    ("TB-500 for tendon and ligament repair, shipped to your door.", "CURE_TREATMENT_CLAIM"),
    ("Three exosome drips in and my brain fog has lifted.", "CURE_TREATMENT_CLAIM"),
    ("Our chelation course clears blocked arteries naturally.", "CURE_TREATMENT_CLAIM"),
    # comparisons with surgery or drugs
    ("Our HIFU rivals a surgical facelift at a fraction of the downtime.", "DISCOURAGES_STANDARD_CARE"),
    ("All the contouring, minus the knife and the hospital stay.", "DISCOURAGES_STANDARD_CARE"),
    ("Ozone therapy is a much kinder route than chemotherapy.", "DISCOURAGES_STANDARD_CARE"),
    ("Our chelation protocol opens up the arteries without a bypass.", "DISCOURAGES_STANDARD_CARE"),
    ("Since the exosome facials I've ditched my steroid cream completely.", "DISCOURAGES_STANDARD_CARE"),
    ("Many of our clients on statins find that after the chelation course they come off them for good.", "DISCOURAGES_STANDARD_CARE"),
    # celebrity and athlete trust
    ("The drip trusted by three Olympic medallists is now bookable at our Leeds lounge.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Loved by a certain chart-topping singer, our glow drip is back in stock.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Hydrate like the pros before your next 10k.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Our boy @dan.lifts_ was back on the platform two days after his NAD top-up.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # superlatives of reputation and peer choice
    ("Our lead injector is widely considered the best in the North West for Botox.", "SUPERLATIVE_COMPARATIVE"),
    ("Meet the most in-demand injector in Dublin.", "SUPERLATIVE_COMPARATIVE"),
    ("We're the clinic local GPs send their own wives to.", "SUPERLATIVE_COMPARATIVE"),
    ("Honestly the best skin booster going.", "SUPERLATIVE_COMPARATIVE"),
    # performance and doping
    ("She set a new PB a week after her first NAD drip with us.", "PERFORMANCE_RECOVERY"),
    ("I couldn't get through fight camp without my weekly drip.", "PERFORMANCE_RECOVERY"),
    ("Our cryo chamber speeds up recovery after sports injuries.", "PERFORMANCE_RECOVERY"),
    ("Book your pre-race vitamin drip the evening before.", "DOPING_RISK"),
    ("Relax, lads, there's nothing banned in our drips.", "DOPING_RISK"),
    # weight
    ("Our members are two dress sizes smaller by summer.", "WEIGHT_LOSS_CLAIM"),
    ("Clients on our plan average 12% weight loss.", "WEIGHT_LOSS_CLAIM"),
    ("Our lipo laser blasts stubborn tummy fat.", "WEIGHT_LOSS_CLAIM"),
    # anti-ageing
    ("Our skin booster smooths fine lines in one session.", "ANTI_AGING_REJUVENATION"),
    ("A monthly PRP facial keeps your skin youthful.", "ANTI_AGING_REJUVENATION"),
    ("With our NAD drips your body starts working the way it did ten years ago.", "ANTI_AGING_REJUVENATION"),
    ("The exosome serum switches your skin back into renewal mode.", "ANTI_AGING_REJUVENATION"),
    ("It's the nearest thing to a rewind button for ageing.", "ANTI_AGING_REJUVENATION"),
    ("I'm 61 and my epigenetic age came back at 49 after the protocol.", "ANTI_AGING_REJUVENATION"),
    # pseudo-evidence mechanism stories
    ("Our peptide blend activates your sirtuin genes.", "PSEUDO_EVIDENCE"),
    ("Each drip carries millions of healing signals to every organ.", "PSEUDO_EVIDENCE"),
    ("PRP tells damaged cartilage to rebuild itself.", "PSEUDO_EVIDENCE"),
    ("Over 200 growth factors in every syringe.", "PSEUDO_EVIDENCE"),
    ("Mould exposure has been linked to everything from fatigue to anxiety.", "PSEUDO_EVIDENCE"),
    # detox slang and vague energy
    ("Our hangover drip flushes out the gunk so you feel human again.", "DETOX_WELLNESS_VAGUE"),
    ("The EDTA drip pulls mercury out through your urine.", "DETOX_WELLNESS_VAGUE"),
    ("One B12 shot and you'll be buzzing again by Monday.", "DETOX_WELLNESS_VAGUE"),
    ("Since our NAD course my energy is off the charts.", "DETOX_WELLNESS_VAGUE"),
    # price and incentivised reviews
    ("Intro price on all skin boosters this spring.", "PRICE_INDUCEMENT"),
    ("Book before Sunday and your skin analysis is complimentary.", "PRICE_INDUCEMENT"),
    ("Lip flip Fridays: £79 for one area.", "PRICE_INDUCEMENT"),
    ("Use GLOW20 for money off your first facial.", "PRICE_INDUCEMENT"),
    ("Post a five-star review on Google and get a free B12 shot.", "STEALTH_ADVERTISING"),
    # guarantee
    ("Our Russian lip technique gives a perfect pout every single time.", "GUARANTEE_CERTAINTY"),
    ("See results in 60 days or your next block is free.", "GUARANTEE_CERTAINTY"),
    ("Guaranteed painless, even for first-timers.", "GUARANTEE_CERTAINTY"),
    # influencer testimonials and relayed relatives
    ("Two weeks after my filler at @lushlips.ldn and my side profile is snatched.", "TESTIMONIAL"),
    ("Parents often tell us their children sleep through the night after our sessions.", "TESTIMONIAL"),
    # prevention as insurance
    ("Store your newborn's stem cells with us: lifelong protection against leukaemia and lymphoma.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Cord blood banking with us is biological insurance for your family against future cancers.", "DISEASE_PREVENTION_IMMUNITY"),
    # a POM named in a deal line
    ("Botox Tuesdays 💉 £150 for any two areas.", "PRESCRIPTION_ONLY_PROMOTION"),
]


NEUTRAL = [
    ("The report found there is no downside to delaying the vote, the minister said.", "SAFETY_ABSOLUTE"),
    ("There is a small chance of infection or an allergic reaction with any injection.", "SAFETY_ABSOLUTE"),
    ("The surgeon said they had not had a single complication in the trial, according to the paper.", "SAFETY_ABSOLUTE"),
    ("Broken bones usually knit back together within six weeks, the leaflet explains.", "CURE_TREATMENT_CLAIM"),
    ("White blood cells hunt down invading bacteria, the textbook says.", "CURE_TREATMENT_CLAIM"),
    ("His dementia has progressed and he no longer recognises his daughter.", "CURE_TREATMENT_CLAIM"),
    ("He walked in on crutches after the match.", "CURE_TREATMENT_CLAIM"),
    ("It has been studied in animals for tissue healing, but human data are scarce.", "CURE_TREATMENT_CLAIM"),
    ("Protein is important for muscle repair.", "CURE_TREATMENT_CLAIM"),
    ("Radiotherapy is much gentler than it was twenty years ago, the oncologist said.", "DISCOURAGES_STANDARD_CARE"),
    ("The cardiologist decided to treat the blockage without a stent, using medication instead.", "DISCOURAGES_STANDARD_CARE"),
    ("Do not stop using your steroid cream suddenly; talk to your GP.", "DISCOURAGES_STANDARD_CARE"),
    ("Surgeons still consider a surgical facelift the most durable option.", "DISCOURAGES_STANDARD_CARE"),
    ("The captain said two Premier League players were injured.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("The Oscar-nominated actress spoke about her IVF journey.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("She is widely regarded as the most influential economist of her generation.", "SUPERLATIVE_COMPARATIVE"),
    ("Other doctors refer their patients to the memory clinic for assessment.", "SUPERLATIVE_COMPARATIVE"),
    ("She smashed a PB at the parkrun on Saturday, the club newsletter reports.", "PERFORMANCE_RECOVERY"),
    ("The lab found nothing banned in the sample, the federation confirmed.", "DOPING_RISK"),
    ("Pre-comp nerves are normal; eat a light meal.", "DOPING_RISK"),
    ("Walking helps burn belly fat, the NHS says.", "WEIGHT_LOSS_CLAIM"),
    ("Botulinum toxin can temporarily soften frown lines; the effect wears off.", "ANTI_AGING_REJUVENATION"),
    ("My knees don't work the way they did ten years ago, and that's normal.", "ANTI_AGING_REJUVENATION"),
    ("A good moisturiser keeps your skin supple in winter.", "ANTI_AGING_REJUVENATION"),
    ("There are billions of tiny particles in the air we breathe.", "PSEUDO_EVIDENCE"),
    ("Can a pill really switch on your longevity genes? Scientists are sceptical.", "PSEUDO_EVIDENCE"),
    ("The engine was running on all cylinders, the mechanic said.", "DETOX_WELLNESS_VAGUE"),
    ("The kids will be bouncing off the walls by the weekend after all that sugar.", "DETOX_WELLNESS_VAGUE"),
    ("Chelation reverses autism by pulling mercury out of the brain, the clinic falsely claimed.", "DETOX_WELLNESS_VAGUE"),
    ("We pay £99 for one area of the garden to be mowed.", "PRICE_INDUCEMENT"),
    ("Botulinum toxin for frown lines: ¥33,000 per session; the effect lasts about 3-4 months.", "PRICE_INDUCEMENT"),
    ("Use A4 paper for printing your form.", "PRICE_INDUCEMENT"),
    ("If you have time, leave a review on Google and tell others about your experience.", "STEALTH_ADVERTISING"),
    ("I cry every single time I watch that film.", "GUARANTEE_CERTAINTY"),
    ("The food at the wedding was unreal and my face is everything, lol.", "TESTIMONIAL"),
    ("Families told reporters the clinic had charged them thousands.", "TESTIMONIAL"),
    ("Travel insurance gives cover against cancellation, the leaflet says.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Cord blood banking is not a safety net against leukaemia, doctors stress.", "DISEASE_PREVENTION_IMMUNITY"),
]


CODE_GAPS = [
    # a customer named in one sentence and quoted as "she says" in the next is read as a news report:
    # the pronoun is not linked to the advertorial's named customer
    ("When Dana, 44, was nodding off at her desk she tried our drip. Three weeks on, she says her energy is through the roof.", "DETOX_WELLNESS_VAGUE"),
    # `needs` looks only at its own sentence: the athlete context ("Match on Saturday?") sits in the one before
    ("Match on Saturday? Grab a one-litre recovery drip from us on Friday night.", "DOPING_RISK"),
]


test_advertising_line_is_claimed, test_neutral_counterpart_is_not_claimed = recall_probe_tests(ADVERTISING, NEUTRAL)


@pytest.mark.xfail(strict=True, reason="needs a code change in analyzer/ (coreference of a named customer, cross-sentence needs); see the recall report")
@pytest.mark.parametrize("text, category", CODE_GAPS)
def test_code_gap(text, category):
    assert_claimed(text, category)
