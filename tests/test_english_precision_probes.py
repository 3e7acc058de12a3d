"""English precision on neutral genres written as probes (2026-11-27).

Each neutral text below was written for this file in the style of a genre a regulator or
journalist feeds the tool (a patient leaflet, a news story, a consumer column, a regulator's
guidance, an obituary, a forum post); none of its claims may be charged. Each construction has a
violating counterpart in an advertiser's voice that must stay charged, so the fix is a
construction and not a blind spot.
"""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def charged(text: str) -> list[tuple[str, str]]:
    return [(c.category, c.text) for c in audit_text(text, lang="en").claims if c.assertion == "asserted"]


def statuses(text: str, category: str) -> list[str]:
    return [c.assertion for c in audit_text(text, lang="en").claims if c.category == category]


def explain(text: str) -> str:
    return f"{text!r}: {[(c.category, c.text, c.assertion, c.cues) for c in audit_text(text, lang='en').claims]}"


NEUTRAL = [
    # the noun 'bypass' (a heart operation) is not the verb 'bypass surgery'
    "Her cardiologist later told her there was no evidence it worked. She has since had the bypass operation she needed and is recovering well.",
    "Dr Hale performed the first coronary bypass operation at the Royal Infirmary in 1971.",
    # ordinary people swearing by something endorse as nobody famous
    "My mates swear by them after a big night out, but £180 seems insane.",
    # how often something happens is no ranking
    "Cataract surgery is one of the most common operations in the UK and is usually very successful.",
    # a third party's self-description
    "The clinic's social media page, which described it as 'Yorkshire's number one aesthetics destination', has been taken down.",
    "The company, which describes itself as 'the UK's leading longevity clinic', charges members £12,000 a year.",
    # a treatment confined to research
    "Stem cell treatments for MS are only available in the UK within clinical trials.",
    # normative guidance on what ads may show
    "Before-and-after images must be genuine and must not be digitally altered.",
    # a trade named and sized by a journalist, and a warning about what its products contain
    "The detox industry is booming. Does it work?",
    "Juice cleanses, detox teas and 'liver flush' supplements are a multibillion-pound business.",
    "Some detox teas contain laxatives that can cause dehydration.",
    # standard cancer care defined in patient information
    "Chemotherapy uses anti-cancer drugs to destroy cancer cells.",
    "Some people have chemotherapy to cure the cancer; for others, it is given to control the cancer or to relieve symptoms.",
    # the scope of a regulated allied-health profession
    "Our team of eight chartered physiotherapists treats back and neck pain, sports injuries and post-operative rehabilitation.",
    # a warning sign listing two pressure tactics
    "Be wary of anyone who offers to treat you the same day or pushes you to book with a time-limited discount.",
]


@pytest.mark.parametrize("text", NEUTRAL)
def test_neutral_probe_is_not_charged(text):
    assert charged(text) == [], explain(text)


ADS = [
    ("Skip the stents: our chelation lets you bypass surgery altogether.", "DISCOURAGES_STANDARD_CARE"),
    ("Kim swears by our vampire facial.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("We are the most advanced aesthetic clinic in the UK.", "SUPERLATIVE_COMPARATIVE"),
    ("Welcome to Yorkshire's number one aesthetics destination.", "SUPERLATIVE_COMPARATIVE"),
    ("Our stem cell treatment for MS is available now at our Harley Street clinic.", "CURE_TREATMENT_CLAIM"),
    ("Our 3-day detox tea flushes out toxins and resets your metabolism.", "DETOX_WELLNESS_VAGUE"),
    ("Our ozone therapy destroys cancer cells naturally.", "CURE_TREATMENT_CLAIM"),
    ("Our stem cell therapy treats back and neck pain without surgery.", "CURE_TREATMENT_CLAIM"),
    ("Book today with our time-limited discount.", "PRICE_INDUCEMENT"),
]


@pytest.mark.parametrize("text, category", ADS)
def test_the_same_wording_in_an_ad_is_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


NEUTRAL_RESEARCH_AND_GUIDANCE = [
    # a majority is no ranking
    "Vitamin D supplements are recommended in autumn and winter for most people in the UK.",
    # a cure sought by research, and the research aspiration
    "This Christmas, help us fund research into a cure for motor neurone disease.",
    "Your donation could help our scientists find new ways to slow or stop the disease.",
    # a guideline body's recommendation
    "NICE recommends tirzepatide for managing overweight and obesity.",
    "Tirzepatide is recommended as an option for managing overweight and obesity in adults, alongside a reduced-calorie diet.",
    # a preclinical finding
    "Scientists found that a protein produced by stem cells helped repair damaged cartilage in laboratory tests.",
]


@pytest.mark.parametrize("text", NEUTRAL_RESEARCH_AND_GUIDANCE)
def test_research_and_guideline_language_is_not_charged(text):
    assert charged(text) == [], explain(text)


ADS_RESEARCH_AND_GUIDANCE = [
    ("Trusted by the most patients in London, our clinic is the best in the UK.", "SUPERLATIVE_COMPARATIVE"),
    ("Our clinic offers a cure for motor neurone disease.", "CURE_TREATMENT_CLAIM"),
    ("Our stem cell injections stop the disease in its tracks.", "CURE_TREATMENT_CLAIM"),
    ("Our stem cell injections repair damaged cartilage without surgery.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text, category", ADS_RESEARCH_AND_GUIDANCE)
def test_the_same_research_wording_in_an_ad_is_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


NEUTRAL_PATIENT_INFO_AND_NEWS = [
    # the natural course of a self-limiting illness
    "Most colds get better within a week to 10 days.",
    # a registration deadline for a free event
    "Places for the healthy cooking workshop are limited, so please register by Friday.",
    # a degree hedge in a research summary
    "A large body of research shows that caffeine can modestly improve endurance performance in trained athletes.",
    # hearsay reported
    "Ozempic has become a talking point in Hollywood, with several celebrities rumoured to have used the drug to lose weight.",
    # rules stated for a class of businesses
    "Clinics in the UK can share genuine reviews, but they must not select or edit them in a way that misleads.",
    # a case report
    "A 34-year-old man presented with jaundice six weeks after starting a herbal 'liver detox' supplement bought online.",
]


@pytest.mark.parametrize("text", NEUTRAL_PATIENT_INFO_AND_NEWS)
def test_patient_information_and_news_probes_are_not_charged(text):
    assert charged(text) == [], explain(text)


ADS_PATIENT_INFO_AND_NEWS = [
    ("Colds get better in hours with our vitamin C drip.", "CURE_TREATMENT_CLAIM"),
    ("Book by Friday to secure your spot.", "URGENCY_SCARCITY"),
    ("Our ketone IV takes your endurance to the next level.", "PERFORMANCE_RECOVERY"),
    ("Our NAD+ drip improves endurance performance in trained athletes.", "PERFORMANCE_RECOVERY"),
    ("Our semaglutide jabs help you lose weight fast.", "WEIGHT_LOSS_CLAIM"),
    ("Read our genuine reviews from happy clients.", "TESTIMONIAL"),
    ("Our herbal liver detox flushes out toxins.", "DETOX_WELLNESS_VAGUE"),
]


@pytest.mark.parametrize("text, category", ADS_PATIENT_INFO_AND_NEWS)
def test_the_same_patient_information_wording_in_an_ad_is_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


NEUTRAL_PUBLIC_HEALTH_AND_TRENDS = [
    "The HPV vaccine is very effective at preventing infection with the types of HPV that cause most cervical cancers.",
    "Our fixed package price for a primary hip replacement is £13,950.",
    "A TikTok trend encouraging people to use castor oil packs to 'detox the liver' and 'shrink fibroids' has been viewed more than 80 million times.",
]


@pytest.mark.parametrize("text", NEUTRAL_PUBLIC_HEALTH_AND_TRENDS)
def test_public_health_prices_and_trend_reports_are_not_charged(text):
    assert charged(text) == [], explain(text)


ADS_PUBLIC_HEALTH_AND_TRENDS = [
    ("Our vitamin C jab protects against colds and flu all winter.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Our immunity drip is very effective at preventing infection.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Book our 3-session package deal and save 20%.", "PRICE_INDUCEMENT"),
    ("Our castor oil pack kit detoxes your liver and shrinks fibroids naturally.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text, category", ADS_PUBLIC_HEALTH_AND_TRENDS)
def test_the_same_public_health_wording_in_an_ad_is_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


NEUTRAL_BY_CATEGORY = [
    # superlative: the size of a public institution
    "The Queen Elizabeth Hospital is one of the largest teaching hospitals in Europe.",
    # cure and detox: lifestyle advice
    "Exercise is one of the most effective ways to improve mood in mild depression.",
    # cure and unapproved promotion: the history of a standard treatment
    "Bone marrow transplants, a type of stem cell transplant, have been used for decades to treat blood cancers such as leukaemia.",
    # urgency: a public programme hedged to some areas, civic deadlines
    "Covid-19 autumn boosters: appointments are filling up fast in some areas, so book as soon as you are eligible.",
    "Last chance to have your say on plans for the new health centre. The consultation closes at midnight on Sunday.",
    # detox: medical withdrawal and screen time
    "Our community alcohol service offers assessment, home detox for people who are medically suitable, and support groups.",
    "Try a digital detox this weekend: leave your phone in another room for a few hours.",
    # cure: standard care
    "Antibiotics usually cure a urinary tract infection within 3 to 7 days.",
    # discourages care: a clinical option described
    "For low-risk prostate cancer, active surveillance is often recommended instead of surgery or radiotherapy.",
    # price: offers cited as examples
    "Anyone can legally inject filler, and clinics compete on price with offers such as '2 for 1 lip filler'.",
]


@pytest.mark.parametrize("text", NEUTRAL_BY_CATEGORY)
def test_neutral_probes_by_category_are_not_charged(text):
    assert charged(text) == [], explain(text)


ADS_BY_CATEGORY = [
    ("We're the largest aesthetic clinic in Europe.", "SUPERLATIVE_COMPARATIVE"),
    ("Our NAD+ drip is the most effective way to improve mood and beat depression.", "CURE_TREATMENT_CLAIM"),
    ("Our stem cell therapy treats blood cancers and autism.", "CURE_TREATMENT_CLAIM"),
    ("Appointments are filling up fast - book your Botox today!", "URGENCY_SCARCITY"),
    ("Our summer offer closes at midnight on Sunday.", "URGENCY_SCARCITY"),
    ("Book our 7-day juice detox and flush out toxins.", "DETOX_WELLNESS_VAGUE"),
    ("Our colloidal silver drip cures a urinary tract infection in 24 hours.", "CURE_TREATMENT_CLAIM"),
    ("Choose our chelation therapy instead of surgery.", "DISCOURAGES_STANDARD_CARE"),
    ("2 for 1 lip filler this weekend only!", "PRICE_INDUCEMENT"),
]


@pytest.mark.parametrize("text, category", ADS_BY_CATEGORY)
def test_the_same_category_wording_in_an_ad_is_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


NEUTRAL_REVIEWS_AND_LEAFLETS = [
    # a head count is no infusion volume
    "We surveyed 412 amateur athletes at UK running events.",
    # a review grading its evidence as early
    "Preclinical studies suggest that exosomes derived from mesenchymal stem cells may promote wound healing and hair growth.",
    # a third party's price and promise
    "Clinics charge £300 to £800 for NAD+ infusions, promising more energy, better focus and slower ageing.",
    # safe-rate advice and a range, no before and after
    "Aim to lose 0.5 to 1 kg (1 to 2 lb) a week.",
]


@pytest.mark.parametrize("text", NEUTRAL_REVIEWS_AND_LEAFLETS)
def test_review_and_leaflet_probes_are_not_charged(text):
    assert charged(text) == [], explain(text)


ADS_REVIEWS_AND_LEAFLETS = [
    ("Our 500ml recovery drip for athletes, the night before the race.", "DOPING_RISK"),
    ("A 1000 ml saline bag before the fight keeps fighters sharp.", "DOPING_RISK"),
    ("Studies show our exosome facial regrows hair.", "PSEUDO_EVIDENCE"),
    ("Our NAD+ drip gives you more energy and better focus.", "DETOX_WELLNESS_VAGUE"),
    ("Lose 5 kg in 2 weeks with our jabs.", "WEIGHT_LOSS_CLAIM"),
    ("Sarah went from 98 to 76 kg on our programme.", "BEFORE_AFTER"),
    ("98 kg → 76 kg in six months on our semaglutide programme.", "BEFORE_AFTER"),
    ("Our bioidentical hormone pellets are safer than HRT.", "DISCOURAGES_STANDARD_CARE"),
]


@pytest.mark.parametrize("text, category", ADS_REVIEWS_AND_LEAFLETS)
def test_the_same_review_wording_in_an_ad_is_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


NEUTRAL_THIRD_PARTY_MATERIALS = [
    # a third party's materials described by possessive
    "The clinic's menu includes a 'Hangover Cure' drip for £149 and an 'Immunity Shield' drip for £179.",
    # a colon after the verb quotes someone's text
    "The post, which has since been deleted, read: \"Best IV clinic in London!\"",
    # a profession's scope in news
    "Pharmacists can now treat 7 common conditions without a GP appointment.",
]


@pytest.mark.parametrize("text", NEUTRAL_THIRD_PARTY_MATERIALS)
def test_third_party_materials_are_not_charged(text):
    assert charged(text) == [], explain(text)


ADS_THIRD_PARTY_MATERIALS = [
    ("Try our Hangover Cure drip - just £149!", "DETOX_WELLNESS_VAGUE"),
    ("Best IV clinic in London! Book today.", "SUPERLATIVE_COMPARATIVE"),
    ("Our menu includes the best hangover cure in London.", "DETOX_WELLNESS_VAGUE"),
    ("We treat more than 40 conditions with ozone therapy, including Lyme disease.", "CURE_TREATMENT_CLAIM"),
    ("Our clinic treats 50+ chronic diseases.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text, category", ADS_THIRD_PARTY_MATERIALS)
def test_the_advertisers_own_materials_are_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


NEUTRAL_FEATURES_AND_ABSTRACTS = [
    "Inside the longevity clinic where tech executives pay £25,000 a year to live longer.",
    "Whole-body cryotherapy (WBC) is increasingly used by athletes for recovery.",
    "Our pharmacists can recommend antihistamine tablets, nasal sprays and eye drops to help relieve hay fever symptoms.",
    "Every few months a new 'miracle' treatment appears on social media, promising to reverse ageing, cure long COVID or melt fat.",
    "You may be given fluids through a drip if you cannot drink enough, or before and after surgery.",
    "We are happy to discuss evidence-based alternatives for skin rejuvenation at a consultation.",
]


@pytest.mark.parametrize("text", NEUTRAL_FEATURES_AND_ABSTRACTS)
def test_features_abstracts_and_leaflets_are_not_charged(text):
    assert charged(text) == [], explain(text)


ADS_FEATURES_AND_ABSTRACTS = [
    ("Welcome to London's leading longevity clinic.", "ANTI_AGING_REJUVENATION"),
    ("Used by athletes worldwide, our cryotherapy chamber speeds up recovery.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Our herbal eye drops cure hay fever for good.", "CURE_TREATMENT_CLAIM"),
    ("We promise our drip will reverse ageing.", "ANTI_AGING_REJUVENATION"),
    ("See our before and after photos from real clients.", "BEFORE_AFTER"),
    ("Our exosome infusion delivers cellular rejuvenation from the inside.", "ANTI_AGING_REJUVENATION"),
]


@pytest.mark.parametrize("text, category", ADS_FEATURES_AND_ABSTRACTS)
def test_the_same_feature_wording_in_an_ad_is_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


# Ads written against the constructions above: each must stay charged.
ADS_AGAINST_THE_NEUTRAL_CONSTRUCTIONS = [
    ("Stem cells have been used for decades - now our stem cell therapy can reverse your arthritis too.", "CURE_TREATMENT_CLAIM"),
    ("Our physiotherapists treat back pain permanently with our exclusive stem cell injections.", "CURE_TREATMENT_CLAIM"),
    ("It is given to boost your immune system and prevent colds: our signature Myers' drip.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Vaccines don't work as well as our immunity drip. Protect your family naturally this winter.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Many people swear by our hangover drip - and so do Premier League players!", "DETOX_WELLNESS_VAGUE"),
    ("Our NAD+ drip, promising to reverse ageing by 10 years, is now available at our Mayfair clinic.", "ANTI_AGING_REJUVENATION"),
    ("Our clinic's signature drip is the best hangover cure in London - book today!", "DETOX_WELLNESS_VAGUE"),
    ("Book by Friday and get 30% off our detox programme, which flushes toxins from your liver.", "PRICE_INDUCEMENT"),
]


@pytest.mark.parametrize("text, category", ADS_AGAINST_THE_NEUTRAL_CONSTRUCTIONS)
def test_ads_written_against_the_neutral_constructions_are_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


ADS_AGAINST_THE_NEUTRAL_CONSTRUCTIONS_2 = [
    ("Proven in laboratory tests to kill 99.9% of viruses - our ozone drip protects you all winter.", "PSEUDO_EVIDENCE"),
    ("Rumour has it the Kardashians love our NAD+ drip. Now available in Manchester.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Enjoy offers such as 2 for 1 lip filler and 20% off anti-wrinkle injections this month!", "PRICE_INDUCEMENT"),
    ("Clinics in London can't match our prices: Botox from £99!", "PRESCRIPTION_ONLY_PROMOTION"),
]


@pytest.mark.parametrize("text, category", ADS_AGAINST_THE_NEUTRAL_CONSTRUCTIONS_2)
def test_ad_idioms_that_look_like_report_cues_are_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


ADS_AGAINST_THE_NEUTRAL_CONSTRUCTIONS_3 = [
    ("NICE recommends Wegovy for weight loss - order yours online today and lose up to 15% of your body weight.", "WEIGHT_LOSS_CLAIM"),
    ("Discover new ways to beat fatigue and boost your energy with our vitamin drips.", "DETOX_WELLNESS_VAGUE"),
    ("Feel a little younger every day with our NAD+ booster shots.", "ANTI_AGING_REJUVENATION"),
    ("Our chartered physiotherapists treat arthritis with stem cell injections that regrow cartilage.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text, category", ADS_AGAINST_THE_NEUTRAL_CONSTRUCTIONS_3)
def test_ads_borrowing_guideline_and_research_wording_are_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


ADS_OWN_MATERIALS = [
    ("Watch our video showing how our drip melts fat in 30 minutes!", "WEIGHT_LOSS_CLAIM"),
    ("Our clinic's menu includes the best hangover cure in London.", "DETOX_WELLNESS_VAGUE"),
    ("Our clinic's website says it all: the UK's No.1 stem cell clinic.", "SUPERLATIVE_COMPARATIVE"),
]


@pytest.mark.parametrize("text, category", ADS_OWN_MATERIALS)
def test_the_advertisers_own_video_menu_and_website_are_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


def test_a_studys_participants_report_and_the_advertisers_participants_assert():
    neutral = "Around a third of participants with type 2 diabetes went into remission."
    ad = "Participants in our detox programme lose 5 kg in a week."
    assert charged(neutral) == [], explain(neutral)
    assert "asserted" in statuses(ad, "WEIGHT_LOSS_CLAIM"), explain(ad)


NEUTRAL_GUIDANCE_AND_FACTSHEETS = [
    "The students run workshops on topics such as detox products, diet pills and 'miracle' cures.",
    "If a customer says a cream 'got rid of my eczema', the advertiser must be able to prove that the cream can treat eczema.",
    "Dietary nitrate has been shown in several trials to improve endurance performance slightly in recreational athletes.",
    "It can turn your urine pink, which is harmless.",
]


@pytest.mark.parametrize("text", NEUTRAL_GUIDANCE_AND_FACTSHEETS)
def test_guidance_and_factsheet_probes_are_not_charged(text):
    assert charged(text) == [], explain(text)


ADS_GUIDANCE_AND_FACTSHEETS = [
    ("Our detox products flush out toxins overnight.", "DETOX_WELLNESS_VAGUE"),
    ("Our cream can treat eczema in a week.", "CURE_TREATMENT_CLAIM"),
    ("Our beetroot shots improve endurance performance in every athlete.", "PERFORMANCE_RECOVERY"),
    ("Our vitamin drip is natural, which is completely harmless.", "SAFETY_ABSOLUTE"),
]


@pytest.mark.parametrize("text, category", ADS_GUIDANCE_AND_FACTSHEETS)
def test_the_same_factsheet_wording_in_an_ad_is_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


NEUTRAL_NOTICES_AND_EDITORIALS = [
    "Photographs taken before and after treatment are stored securely in your clinical record.",
    "Online clinics promise renewed energy, muscle and libido, yet trials show small or no benefits.",
    "Price promotions were common: 46% of the websites advertised a discount, and 18% offered free treatment add-ons.",
]


@pytest.mark.parametrize("text", NEUTRAL_NOTICES_AND_EDITORIALS)
def test_notices_editorials_and_content_analyses_are_not_charged(text):
    assert charged(text) == [], explain(text)


ADS_NOTICES_AND_EDITORIALS = [
    ("See our before and after photos - real results from real clients.", "BEFORE_AFTER"),
    ("Our testosterone therapy gives you renewed energy, muscle and libido.", "DETOX_WELLNESS_VAGUE"),
    ("Free treatment add-ons for every booking this month!", "PRICE_INDUCEMENT"),
    ("95% of our patients report less joint pain within a month.", "PSEUDO_EVIDENCE"),
]


@pytest.mark.parametrize("text, category", ADS_NOTICES_AND_EDITORIALS)
def test_the_same_notice_wording_in_an_ad_is_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


ADS_OWN_STUDIES_AND_DEGREES = [
    ("In our study, participants lost 10 kg in 8 weeks on our jabs.", "WEIGHT_LOSS_CLAIM"),
    ("Respondents rated our clinic the best in London.", "SUPERLATIVE_COMPARATIVE"),
    ("Our drip slightly improves your mood and cures depression.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text, category", ADS_OWN_STUDIES_AND_DEGREES)
def test_the_ads_own_study_and_degree_words_stay_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)


def test_an_ad_praising_its_own_deals_is_charged():
    text = "Amazing deals like 2 for 1 lip filler and 20% off Botox this month!"
    assert "asserted" in statuses(text, "PRICE_INDUCEMENT"), explain(text)


def test_a_pharmacy_ad_opening_with_the_trade_is_charged():
    text = "Pharmacies can now offer Wegovy - order from us today and lose up to 15% of your weight."
    assert "asserted" in statuses(text, "WEIGHT_LOSS_CLAIM"), explain(text)


@pytest.mark.parametrize("text, category", [
    ("Appointments are limited in some areas - book your 50% off Botox today!", "PRICE_INDUCEMENT"),
    ("Our workshops cover topics such as how our detox tea flushes toxins and melts fat.", "WEIGHT_LOSS_CLAIM"),
])
def test_area_and_topic_cues_do_not_reach_the_ads_promise(text, category):
    assert "asserted" in statuses(text, category), explain(text)
