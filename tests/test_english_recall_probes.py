"""English recall on constructions found missing in written probes of real-world clinic copy:
Instagram and TikTok captions, Google-ad one-liners, price menus, FAQ answers, patient-story pages,
doctor bios, email promotions, podcast snippets, from med spas, IV-drip bars, stem-cell, longevity,
weight-loss telehealth and sports-recovery businesses.

Each advertising line must be found with its category as an asserted claim; each neutral twin
(the same words in honest clinic information, news or a patient's question) must not be charged
with that category. All sentences were written for these tests."""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.category, c.assertion, c.text) for c in audit_text(text, lang="en").claims]


ADVERTISING = [
    # colloquial past-tense cure verbs and improvement by a share
    ("Honestly this is the IV that fixed my psoriasis.", "CURE_TREATMENT_CLAIM"),
    ("Three sessions sorted out my sciatica.", "CURE_TREATMENT_CLAIM"),
    ("After two rounds my arthritis is 70% better.", "CURE_TREATMENT_CLAIM"),
    ("I haven't had a single migraine since I started the monthly drips.", "CURE_TREATMENT_CLAIM"),
    ("Our scalp protocol wakes up dormant hair follicles for fuller hair.", "CURE_TREATMENT_CLAIM"),
    ("Nothing beats our laser for lasting arthritis relief.", "CURE_TREATMENT_CLAIM"),
    ("Most of our patients feel significant pain relief after one injection.", "CURE_TREATMENT_CLAIM"),
    ("After a decade of high blood pressure, he's finally off his blood pressure meds thanks to our program.", "CURE_TREATMENT_CLAIM"),
    # standard care cast aside
    ("My neurologist couldn't help me, but the hyperbaric sessions did.", "DISCOURAGES_STANDARD_CARE"),
    ("Doctors told me there was nothing more to do. Then I found this clinic.", "DISCOURAGES_STANDARD_CARE"),
    ("8 in 10 of our knee patients avoided a knee replacement.", "DISCOURAGES_STANDARD_CARE"),
    ("I was told I would need a knee replacement, but after two PRP injections I'm running again.", "DISCOURAGES_STANDARD_CARE"),
    ("She's completely off her insulin after our reversal program.", "DISCOURAGES_STANDARD_CARE"),
    ("Our scan finds problems years before a mammogram can.", "DISCOURAGES_STANDARD_CARE"),
    # comparisons and rank
    ("Longer-lasting than Botox and half the downtime.", "SUPERLATIVE_COMPARATIVE"),
    ("Get three times the absorption of oral supplements.", "SUPERLATIVE_COMPARATIVE"),
    ("Dr. Lee is one of only a few injectors in the state trained in this technique.", "SUPERLATIVE_COMPARATIVE"),
    ("Relief in minutes, not weeks.", "SUPERLATIVE_COMPARATIVE"),
    ("Nothing works better for a hangover.", "SUPERLATIVE_COMPARATIVE"),
    ("Vitamin D drips: your best defence against winter colds.", "SUPERLATIVE_COMPARATIVE"),
    ("It's the only FDA-cleared way to tighten skin without surgery.", "SUPERLATIVE_COMPARATIVE"),
    ("Our Glow IV is the fastest way to rehydrate after a night out.", "SUPERLATIVE_COMPARATIVE"),
    # prestige training on a clinic page
    ("Our founder trained at the Mayo Clinic before opening the practice.", "AUTHORITY_APPEAL"),
    # a named person's secret
    ("Beyoncé's secret weapon before every tour: our hydration drip.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # permanence and perfect success
    ("Stubborn belly fat, gone for good.", "GUARANTEE_CERTAINTY"),
    ("Our laser permanently removes unwanted hair in six sessions.", "GUARANTEE_CERTAINTY"),
    ("Success rate: 100%", "GUARANTEE_CERTAINTY"),
    ("Lose it once and the weight stays off.", "GUARANTEE_CERTAINTY"),
    # weight loss
    ("Tirzepatide lowers your body's set point so cravings fade.", "WEIGHT_LOSS_CLAIM"),
    ("Shed those stubborn pounds before summer with our program.", "WEIGHT_LOSS_CLAIM"),
    ("Our peptide protocol is designed for rapid fat loss.", "WEIGHT_LOSS_CLAIM"),
    # prevention
    ("Our longevity scan catches cancer before it starts.", "DISEASE_PREVENTION_IMMUNITY"),
    ("NAD+ infusions offer protection against cognitive decline.", "DISEASE_PREVENTION_IMMUNITY"),
    # testimonials
    ("I feel unstoppable since switching to weekly NAD.", "TESTIMONIAL"),
    ("My son hasn't had one asthma attack since we started his drips.", "TESTIMONIAL"),
    ("I've had so much more energy since I started the B12 shots.", "TESTIMONIAL"),
    ("Felt amazing on race day thanks to @hydrate_lab 🏃", "TESTIMONIAL"),
    # performance
    ("The pros get an IV before every big game. Why don't you?", "PERFORMANCE_RECOVERY"),
    ("Felt strong on match day after my recovery drip.", "PERFORMANCE_RECOVERY"),
    # anti-ageing
    ("Weekly peptides and red light: that's why nobody guesses my real age.", "ANTI_AGING_REJUVENATION"),
    ("Morpheus8 lifts and tightens loose skin on the jawline.", "ANTI_AGING_REJUVENATION"),
    ("Our antioxidant drip fights premature ageing from the inside.", "ANTI_AGING_REJUVENATION"),
    ("Discover the secret to staying youthful with our NAD+ protocol.", "ANTI_AGING_REJUVENATION"),
    # unapproved products announced as a service
    ("Now offering exosome therapy at both of our locations.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Introducing Wharton's jelly stem cell injections for knees.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Our young plasma infusions are back in stock.", "UNAPPROVED_PRODUCT_PROMOTION"),
    # pseudo-evidence
    ("Book a live blood analysis to see how toxic your blood really is.", "PSEUDO_EVIDENCE"),
    ("Our infrared beds repair tissue at the cellular level.", "PSEUDO_EVIDENCE"),
    ("Our PRP injections are a proven alternative to shoulder surgery.", "PSEUDO_EVIDENCE"),
    # detox
    ("The sauna protocol draws heavy metals, mould and microplastics out of your system.", "DETOX_WELLNESS_VAGUE"),
    # urgency and price
    ("Heads up: prices go up on March 1st.", "URGENCY_SCARCITY"),
    ("Lock in your 2027 membership rate before Friday.", "URGENCY_SCARCITY"),
    ("Get a free vitamin C add-on with any drip booked this weekend.", "URGENCY_SCARCITY"),
    ("Link in bio for an exclusive discount 💉", "PRICE_INDUCEMENT"),
    ("Buy a package of five and your sixth session is free.", "PRICE_INDUCEMENT"),
    ("Designer results at a fraction of the price.", "PRICE_INDUCEMENT"),
    # batch 3: telehealth, longevity, drip bars, sports recovery, med spas, FAQ pages
    ("The GLP-1 jab the Kardashians are raving about is finally here.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("The morning protocol favoured by tech billionaires.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Ice baths and compression: the recovery secret of NFL players.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Semaglutide microdoses with zero nausea.", "SAFETY_ABSOLUTE"),
    ("Pain-free, no bruising and back to work the same day.", "SAFETY_ABSOLUTE"),
    ("Every vial is tested in the US, so you can rest assured it's 100% safe.", "SAFETY_ABSOLUTE"),
    ("Our Revive drip is the ultimate hangover cure.", "SUPERLATIVE_COMPARATIVE"),
    ("Liposomal delivery works five times better than ordinary capsules.", "SUPERLATIVE_COMPARATIVE"),
    ("Our filler technique is the safest in Melbourne.", "SUPERLATIVE_COMPARATIVE"),
    ("Donor cells from newborns, unlike your own old cells.", "SUPERLATIVE_COMPARATIVE"),
    ("Infections that antibiotics couldn't shift cleared in days with ozone.", "DISCOURAGES_STANDARD_CARE"),
    ("Lots of our clients with hypertension no longer need them after our program.", "DISCOURAGES_STANDARD_CARE"),
    ("Nine in ten clients are fully healed by the fourth visit.", "CURE_TREATMENT_CLAIM"),
    ("Four weeks of drips and my skin is totally clear again.", "CURE_TREATMENT_CLAIM"),
    ("My back pain is practically non-existent now.", "CURE_TREATMENT_CLAIM"),
    ("Red light therapy helps with over 50 health conditions.", "CURE_TREATMENT_CLAIM"),
    ("One session and you'll feel brand new.", "GUARANTEE_CERTAINTY"),
    ("Start Botox at 25 and you'll never get crow's feet.", "GUARANTEE_CERTAINTY"),
    ("Natural-looking lip filler: nobody will know you've had it done.", "GUARANTEE_CERTAINTY"),
    ("Our NAD+ drip reverses the age-related decline in energy.", "ANTI_AGING_REJUVENATION"),
    ("Live longer and look younger with our longevity membership.", "ANTI_AGING_REJUVENATION"),
    ("Slots for January fill months in advance.", "URGENCY_SCARCITY"),
    ("Our exosome facial sold out in under a week last time.", "URGENCY_SCARCITY"),
    ("Save 20% on all peels until October 15.", "URGENCY_SCARCITY"),
    ("Refer two friends and get a free B12 shot.", "PRICE_INDUCEMENT"),
    ("First session $49 with code NEWGLOW10.", "PRICE_INDUCEMENT"),
    ("Our three-day protocol sweats out toxins and heavy metals.", "DETOX_WELLNESS_VAGUE"),
    ("Big night? Book the After-Party Drip.", "DETOX_WELLNESS_VAGUE"),
    ("Sam came to us in constant pain after a car accident.", "TESTIMONIAL"),
    ("My friends couldn't believe how rested I looked after the facial.", "TESTIMONIAL"),
    ("She's surfing again three months after her shoulder injections!", "TESTIMONIAL"),
    ("Swipe to see her incredible transformation ➡️", "BEFORE_AFTER"),
    ("Doctors don't want you to know how well chelation works.", "PSEUDO_EVIDENCE"),
    ("A study from Harvard found our key ingredient boosts collagen.", "PSEUDO_EVIDENCE"),
    ("TGA approved!", "FALSE_APPROVAL_CLAIM"),
    ("Our cryotherapy cuts muscle soreness so you train harder tomorrow.", "PERFORMANCE_RECOVERY"),
    ("Book the pre-game drip and get back on the court faster.", "PERFORMANCE_RECOVERY"),
    # batch 4: long landing pages, emails, FAQ pages, patient stories
    ("Sciatica? Plantar fasciitis? Our shockwave protocol fixes them.", "CURE_TREATMENT_CLAIM"),
    ("Type 2 diabetes doesn't have to be a life sentence.", "CURE_TREATMENT_CLAIM"),
    ("Our knee program will have you walking pain-free within a month.", "CURE_TREATMENT_CLAIM"),
    ("After eight sessions of our laser protocol, Tom is completely pain-free.", "CURE_TREATMENT_CLAIM"),
    ("We also offer our signature NAD+ infusions for Parkinson's and MS.", "CURE_TREATMENT_CLAIM"),
    ("Steroids left him feeling worse, so he tried our IV program.", "DISCOURAGES_STANDARD_CARE"),
    ("Why risk spinal surgery when you can try decompression therapy?", "DISCOURAGES_STANDARD_CARE"),
    ("She came to us after physio had failed.", "DISCOURAGES_STANDARD_CARE"),
    ("Most of our patients have seen several specialists before finding us.", "DISCOURAGES_STANDARD_CARE"),
    ("All the benefits, with none of the side effects of prescription sleeping pills.", "SAFETY_ABSOLUTE"),
    ("Our winter immunity drip keeps your family healthy all season.", "DISEASE_PREVENTION_IMMUNITY"),
    ("NAD+ is the most powerful anti-aging molecule on the market.", "SUPERLATIVE_COMPARATIVE"),
    ("Other clinics simply can't compete with our prices.", "SUPERLATIVE_COMPARATIVE"),
    ("Meet our Stanford-trained, double board-certified medical director.", "AUTHORITY_APPEAL"),
    ("A glow you can see after one session.", "GUARANTEE_CERTAINTY"),
    ("Book today for a complimentary skin analysis with our nurse.", "PRICE_INDUCEMENT"),
    ("Your first IV is just $79.", "PRICE_INDUCEMENT"),
    ("HydraFacial now $149, usually $225.", "PRICE_INDUCEMENT"),
    ("Bridal party rates available for groups of four or more.", "PRICE_INDUCEMENT"),
    ("All-inclusive packages: treatment, hotel and transfers.", "PRICE_INDUCEMENT"),
    # families also seen among the English gold set's misses (fresh sentences)
    ("Our NAD+ drip gets you race-ready for marathons and triathlons.", "DOPING_RISK"),
    ("TB-500 injections for faster gains and bulletproof joints.", "DOPING_RISK"),
    ("Drop us a five-star review on Yelp and receive a free B12 shot.", "STEALTH_ADVERTISING"),
    ("Free lip flip in exchange for an honest Instagram post.", "STEALTH_ADVERTISING"),
    ("Our hair-growth serum is FDA-registered and doctor-approved.", "FALSE_APPROVAL_CLAIM"),
    ("Every therapy here has passed a state inspection for safety.", "FALSE_APPROVAL_CLAIM"),
    ("Hurry: our founding price vanishes on Friday.", "URGENCY_SCARCITY"),
    ("Effortless weight loss with our monthly injection plan.", "WEIGHT_LOSS_CLAIM"),
    ("Sarah: 84 kg → 65 kg in five months on our programme.", "WEIGHT_LOSS_CLAIM"),
    ("Fix your back pain for good with spinal decompression.", "GUARANTEE_CERTAINTY"),
    ("In ten years our clinic has never had a single complication.", "SAFETY_ABSOLUTE"),
    ("Ozone therapy. Safe. Gentle. Effective.", "SAFETY_ABSOLUTE"),
    ("Our peptide protocol keeps arthritis from ever coming back.", "DISEASE_PREVENTION_IMMUNITY"),
    ("After one PRP session, patients walk without a limp.", "CURE_TREATMENT_CLAIM"),
    ("\"I quit my inhalers within 3 weeks of starting ozone.\" - Dev", "CURE_TREATMENT_CLAIM"),
    ("Collagen drips: the secret to graceful ageing.", "ANTI_AGING_REJUVENATION"),
    ("A facial that erases years of sun damage in one visit.", "ANTI_AGING_REJUVENATION"),
    ("Our stem cell facial brings back your youthful glow.", "ANTI_AGING_REJUVENATION"),
    ("Never worry about fine lines again.", "ANTI_AGING_REJUVENATION"),
    ("Think of it as a total body reset.", "DETOX_WELLNESS_VAGUE"),
    ("Our iron drip puts the pep back in your step - get your mojo back today.", "DETOX_WELLNESS_VAGUE"),
    # batch 5
    ("Chronic sinusitis? Our ozone drip clears it in three visits.", "CURE_TREATMENT_CLAIM"),
    ("Our peptide protocol put my colitis into remission.", "CURE_TREATMENT_CLAIM"),
    ("Our LDN program is a game-changer in long COVID.", "CURE_TREATMENT_CLAIM"),
    ("We've worked with two Premier League footballers this season.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Train like an Olympian with our altitude chamber.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Proud official hydration partner of the city marathon.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Dermatologists hate this one simple trick.", "PSEUDO_EVIDENCE"),
    ("Our exosome booster builds new collagen while you sleep.", "ANTI_AGING_REJUVENATION"),
    ("Honestly, I've never looked younger.", "ANTI_AGING_REJUVENATION"),
    ("Don't let menopause hold you back.", "ANTI_AGING_REJUVENATION"),
    ("Look 30 again with our thread lift.", "ANTI_AGING_REJUVENATION"),
    ("We solve the cases where other doctors gave up.", "SUPERLATIVE_COMPARATIVE"),
    ("Only our drip delivers glutathione straight to your cells.", "SUPERLATIVE_COMPARATIVE"),
    ("Get the same effect as filler without the needles.", "SUPERLATIVE_COMPARATIVE"),
    ("Ditch your inhalers with our breathing protocol.", "DISCOURAGES_STANDARD_CARE"),
    ("Not one complication recorded in eight years.", "SAFETY_ABSOLUTE"),
    ("Our NAD+ therapy helped Leo, 9, focus at school again.", "TESTIMONIAL"),
    ("Ends tonight! Half-price facials for members.", "URGENCY_SCARCITY"),
    ("Laser-sharp focus with every B12 shot.", "DETOX_WELLNESS_VAGUE"),
    # batch 6
    ("Buy a package and get 20 units FREE this month.", "PRICE_INDUCEMENT"),
    ("Book today and save 15% on every peel.", "URGENCY_SCARCITY"),
    ("Offer valid through 12/31.", "URGENCY_SCARCITY"),
    ("Fuller hair in 12 weeks with our PRP protocol.", "CURE_TREATMENT_CLAIM"),
    ("After four sessions her melasma is virtually gone.", "CURE_TREATMENT_CLAIM"),
    ("I'm now on zero meds for my arthritis.", "CURE_TREATMENT_CLAIM"),
    ("Regain your confidence in the bedroom with our wave therapy.", "CURE_TREATMENT_CLAIM"),
    ("Six months later, his psoriasis never came back.", "CURE_TREATMENT_CLAIM"),
    ("Microdosed ketamine rewires your neural pathways.", "PSEUDO_EVIDENCE"),
    ("Cold laser technology developed by NASA to heal tissue.", "PSEUDO_EVIDENCE"),
    ("The typical member loses 18 lbs in the first two months.", "PSEUDO_EVIDENCE"),
    ("Client-approved and nurse-led.", "TESTIMONIAL"),
    ("Permanent hair reduction with no pain, ever.", "SAFETY_ABSOLUTE"),
    ("Our nootropic drip sharpens your memory before exam season.", "DETOX_WELLNESS_VAGUE"),
    ("One facial does more than months of serums.", "SUPERLATIVE_COMPARATIVE"),
    ("A B12 shot beats coffee for a morning boost.", "SUPERLATIVE_COMPARATIVE"),
    ("Our hangover drip works every single time.", "GUARANTEE_CERTAINTY"),
    ("Non-surgical, natural and permanent.", "GUARANTEE_CERTAINTY"),
    ("The brow lift Grammy winners swear by.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # batch 7
    ("Our collagen drip resets your body's internal ageing clock.", "ANTI_AGING_REJUVENATION"),
    ("Hormone pellets bring testosterone back to youthful levels.", "ANTI_AGING_REJUVENATION"),
    ("Mini facelift results without a single incision.", "SUPERLATIVE_COMPARATIVE"),
    ("Why are the world's top models booking our lymphatic facial?", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Emsella stops bladder leaks in six sessions.", "CURE_TREATMENT_CLAIM"),
    ("Regrow brand-new cartilage in your knees.", "CURE_TREATMENT_CLAIM"),
    ("Eczema? Psoriasis? Heal it naturally with our gut protocol.", "CURE_TREATMENT_CLAIM"),
    ("Why rely on steroid injections when PRP lasts longer?", "DISCOURAGES_STANDARD_CARE"),
    ("Sick of swallowing painkillers every morning?", "DISCOURAGES_STANDARD_CARE"),
    ("Our drip reboots your immune system after a long winter.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Memberships for spring are nearly all gone.", "URGENCY_SCARCITY"),
    ("One session, lasting results.", "GUARANTEE_CERTAINTY"),
    ("All of our clients have seen a difference.", "GUARANTEE_CERTAINTY"),
    ("Sit back and watch the pounds fall off.", "WEIGHT_LOSS_CLAIM"),
]

NEUTRAL = [
    # the same words where nothing is claimed for a treatment
    ("If your doctor could not find a cause, ask for a referral to a specialist.", "DISCOURAGES_STANDARD_CARE"),
    ("Patients who need a knee replacement are referred to an orthopaedic surgeon.", "DISCOURAGES_STANDARD_CARE"),
    ("Never stop your blood pressure medication without talking to your doctor.", "DISCOURAGES_STANDARD_CARE"),
    ("Ibuprofen is more effective than paracetamol for some kinds of pain, a review found.", "SUPERLATIVE_COMPARATIVE"),
    ("The only way to know whether a treatment works is a controlled trial.", "SUPERLATIVE_COMPARATIVE"),
    ("Our prices are listed on the website and include the consultation.", "URGENCY_SCARCITY"),
    ("Smoking and sun exposure are the main causes of premature ageing.", "ANTI_AGING_REJUVENATION"),
    ("Please tell us about any medicines you take; you may need to stop some before surgery.", "DISCOURAGES_STANDARD_CARE"),
    ("Weight often returns when the medicine is stopped; few people keep the weight off without support.", "GUARANTEE_CERTAINTY"),
    ("We have grown from two nurses to twelve since we started in 2015.", "TESTIMONIAL"),
    ("Live blood analysis has no scientific basis, the regulator warned.", "PSEUDO_EVIDENCE"),
    ("Dr. Jones completed her residency at UCLA and is board-certified in dermatology.", "AUTHORITY_APPEAL"),
    ("Health Canada approved the vaccine for children last spring.", "FALSE_APPROVAL_CLAIM"),
    ("The festival sold out in 48 hours.", "URGENCY_SCARCITY"),
    ("He served as team physician for a rugby club before moving into general practice.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Nobody will know your test results unless you share them.", "GUARANTEE_CERTAINTY"),
    ("My doctor couldn't explain the rash, so she sent me to a dermatologist.", "DISCOURAGES_STANDARD_CARE"),
    ("Patients ask whether the weight stays off after treatment; many regain some.", "GUARANTEE_CERTAINTY"),
    ("Our surgery is closed until January 4.", "URGENCY_SCARCITY"),
    ("The pharmacy offers free blood pressure checks for adults over 40.", "PRICE_INDUCEMENT"),
    ("Visitors get free parking and free coffee in the waiting room.", "PRICE_INDUCEMENT"),
    ("Antibiotics usually clear the infection within a week, the leaflet says.", "DISCOURAGES_STANDARD_CARE"),
    ("Insulin keeps many people with type 1 diabetes healthy for decades.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Please leave a review on Google to help other patients find us.", "STEALTH_ADVERTISING"),
    ("Case report: weight fell from 98 kg to 76 kg after a year of dietary change.", "WEIGHT_LOSS_CLAIM"),
    ("Safe, effective and free: flu vaccines are available at your pharmacy.", "SAFETY_ABSOLUTE"),
    ("I stopped my blood pressure pills after talking to my doctor, and my pressure went up.", "CURE_TREATMENT_CLAIM"),
    ("The clinic is closed for the marathon on Sunday.", "DOPING_RISK"),
    ("Vaccination stops measles from spreading in schools.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Regular exercise is the key to healthy ageing, the WHO says.", "ANTI_AGING_REJUVENATION"),
    ("Your immune system usually clears it within two weeks.", "CURE_TREATMENT_CLAIM"),
    ("Vitamin supplements are useless for most healthy adults, a review found.", "SUPERLATIVE_COMPARATIVE"),
    ("No side effects were reported in the trial.", "SAFETY_ABSOLUTE"),
    ("Your prescription expires 11/30; please reorder before then.", "URGENCY_SCARCITY"),
    ("Every appointment comes with a free parking pass.", "PRICE_INDUCEMENT"),
    ("The average patient sees their GP five times a year.", "PSEUDO_EVIDENCE"),
    ("Safe and permanent contraception is available on the NHS.", "GUARANTEE_CERTAINTY"),
    ("Heart disease is not inevitable: stop smoking and stay active.", "CURE_TREATMENT_CLAIM"),
    ("The patient approved the treatment plan after the consultation.", "TESTIMONIAL"),
    ("Seen by a physician certified by the American Board of Obesity Medicine: medical history, examination and blood tests.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text, category", ADVERTISING)
def test_advertising_line_is_flagged_with_its_category(text, category):
    found = claims(text)
    assert (category, "asserted") in {(c, s) for c, s, _ in found}, f"{text!r} -> {found}"


@pytest.mark.parametrize("text, category", NEUTRAL)
def test_neutral_twin_is_not_charged_with_that_category(text, category):
    charged = [(c, t) for c, s, t in claims(text) if s == "asserted" and c == category]
    assert not charged, f"{text!r} -> {charged}"
