"""English assertion status for three constructions, set by context data (lexicons/context/en.yml):

1. customers reporting: a proportion or crowd of the advertiser's customers reporting a benefit
   ("9 out of 10 clients reported visible results"), or customers' reports in the advertiser's
   voice ("Patients report feeling younger after our drip"), is the ad relaying testimonials and
   is asserted; the same verb in a trial report, a risk disclosure or a journalist's story
   ("Several patients say they were promised a cure") still reports;
2. a claim quoted as a specimen of text (a slogan, a heading, a sign, a post promising "…") in
   news or a regulator's prose is reported, while an ad's own emphasis quotes stay asserted;
3. neutral genres (news, regulator notices, patient leaflets, abstracts, clinic disclosures) are
   not charged, and ad copy in the same wording is.

A user checks the category and assertion status of the claim in each sentence. Every sentence
here was written for this file.
"""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def statuses(text: str, category: str) -> list[str]:
    return [c.assertion for c in audit_text(text, lang="en").claims if c.category == category]


def explain(text: str) -> str:
    return f"{text!r}: {[(c.category, c.text, c.assertion, c.cues) for c in audit_text(text, lang='en').claims]}"


# --- 1. customers reporting --------------------------------------------------------------------

RELAYED = [
    ("9 out of 10 clients reported visible results after just one session.", "PSEUDO_EVIDENCE"),
    ("9 out of 10 clients reported visible results after just one session.", "GUARANTEE_CERTAINTY"),
    ("95% of our patients report less joint pain within a month.", "PSEUDO_EVIDENCE"),
    ("Most of our patients say they feel ten years younger.", "ANTI_AGING_REJUVENATION"),
    ("Most of our patients say they feel ten years younger.", "TESTIMONIAL"),
    ("Over 2,000 patients have reported lasting relief from arthritis with our exosome therapy.", "CURE_TREATMENT_CLAIM"),
    ("Every one of our patients has reported an improvement in their back pain.", "CURE_TREATMENT_CLAIM"),
    ("Every one of our patients has reported an improvement in their back pain.", "TESTIMONIAL"),
    ("Patients report feeling ten years younger after our NAD+ drip.", "ANTI_AGING_REJUVENATION"),
    ("Patients report feeling ten years younger after our NAD+ drip.", "TESTIMONIAL"),
    ("Clients tell us our hangover drip cures a hangover in under an hour.", "CURE_TREATMENT_CLAIM"),
    ("Customers say our glutathione drip flushes out toxins.", "DETOX_WELLNESS_VAGUE"),
    ("Our doctors say this drip cures chronic fatigue.", "CURE_TREATMENT_CLAIM"),
    ("Our clients consistently report more energy and a stronger immune system.", "TESTIMONIAL"),
]


@pytest.mark.parametrize("text, category", RELAYED)
def test_customers_reports_relayed_by_the_ad_are_asserted(text, category):
    assert "asserted" in statuses(text, category), explain(text)


REPORTED_BY_OTHERS = [
    ("Former clients say the clinic promised a cure for cancer.", "CURE_TREATMENT_CLAIM"),
    ("Patients report the drip cured their migraines, but no trial has tested it.", "CURE_TREATMENT_CLAIM"),
    ("Several patients say they were promised the injections would reverse their arthritis.", "CURE_TREATMENT_CLAIM"),
    ("Customers say the spa guaranteed results.", "GUARANTEE_CERTAINTY"),
    ("Patients told us the clinic promised the drip would cure their arthritis.", "CURE_TREATMENT_CLAIM"),
    ("Patients told our reporters the drip cured their arthritis.", "CURE_TREATMENT_CLAIM"),
    ("9 out of 10 patients in the trial reported side effects.", "PSEUDO_EVIDENCE"),
    ("Users say the drip reverses ageing, but dermatologists are unconvinced.", "ANTI_AGING_REJUVENATION"),
]


@pytest.mark.parametrize("text, category", REPORTED_BY_OTHERS)
def test_customers_reports_in_other_peoples_prose_stay_reported(text, category):
    found = statuses(text, category)
    assert found and "asserted" not in found, explain(text)


@pytest.mark.parametrize("text", [
    "Patients in the trial reported side effects such as nausea and fatigue.",
    "Some patients report headaches, nausea or dizziness after the infusion.",
    "Former clients reported that the clinic promised a cure.",
    "Nine in ten patients said they were not told the drip could cause kidney damage.",
    "Hundreds of patients have reported side effects after buying weight-loss jabs online.",
    "Some of our patients report headaches after the infusion.",
    "Two of our patients reported mild bruising after the facial.",
])
def test_reports_of_side_effects_and_news_are_not_charged(text):
    assert not audit_text(text, lang="en").findings, explain(text)


def test_a_relay_is_a_pseudo_cue_only_in_the_advertisers_voice():
    from analyzer.context import Cue, drop_pseudo_and_inner

    relay = Cue("relay", "forward", None, 0, 2, "patients report")
    verb = Cue("reported", "both", 20, 1, 2, "report")
    our = Cue("voice", "forward", None, 6, 7, "our")
    us = Cue("voice", "forward", None, 2, 3, "us")
    told_us = Cue("relay", "forward", None, 0, 3, "patients told us")
    assert drop_pseudo_and_inner([relay, verb, our], []) == [our]
    assert drop_pseudo_and_inner([relay, verb], []) == [verb]
    assert drop_pseudo_and_inner([told_us, verb, us], []) == [verb, us]  # the listener "us" is no voice


def test_relay_and_mention_are_context_statuses(tmp_path):
    from analyzer.errors import LexiconError
    from analyzer.lexicon import load_context_file

    path = tmp_path / "en.yml"
    path.write_text('lang: en\nrules:\n  - {match: "patients say", status: relay, note: "n"}\n'
                    '  - {match: "the slogan", status: mention, note: "n"}\n', encoding="utf-8")
    rules = load_context_file(path).rules
    assert [r.status for r in rules] == ["relay", "mention"]
    path.write_text('lang: en\nrules:\n  - {match: "patients say", status: relayed, note: "n"}\n', encoding="utf-8")
    with pytest.raises(LexiconError):
        load_context_file(path)


# --- 2. quoted claims named as text -------------------------------------------------------------

QUOTED_IN_REPORTS = [
    ("The regulator said the 'clinically proven' label was misleading.", "PSEUDO_EVIDENCE"),
    ("The ads described the drip as 'the safest on the market'.", "SUPERLATIVE_COMPARATIVE"),
    ('The phrase "cures cancer" appeared on the site.', "CURE_TREATMENT_CLAIM"),
    ('In its response, the company defended the line "clinically proven to melt fat".', "PSEUDO_EVIDENCE"),
    ('Readers sent us screenshots of posts promising "no side effects".', "SAFETY_ABSOLUTE"),
    ("Headlines such as 'Drip that reverses ageing' have drawn criticism from doctors.", "ANTI_AGING_REJUVENATION"),
    ('Under the heading "Totally safe", the page gave no information about risks.', "SAFETY_ABSOLUTE"),
    ('A sign in the window read "Results guaranteed".', "GUARANTEE_CERTAINTY"),
    ('The judge noted that the clinic had used the slogan "reverse your age" in radio adverts.', "ANTI_AGING_REJUVENATION"),
    ('Inspectors photographed a badge reading "100% safe" on the reception desk.', "SAFETY_ABSOLUTE"),
    ("The clinic billed itself on Facebook as \"the No.1 drip bar in Texas\".", "SUPERLATIVE_COMPARATIVE"),
]


@pytest.mark.parametrize("text, category", QUOTED_IN_REPORTS)
def test_a_quoted_claim_named_as_text_is_reported(text, category):
    found = statuses(text, category)
    assert found and set(found) == {"reported"}, explain(text)


ADS_OWN_QUOTES = [
    ("Our 'miracle' drip cures chronic fatigue.", "CURE_TREATMENT_CLAIM"),
    ("Our 'no-downtime' facial is 100% safe.", "SAFETY_ABSOLUTE"),
    ('Our "Youth Reset" protocol reverses aging at the cellular level.', "ANTI_AGING_REJUVENATION"),
    ('Our drips are "100% safe" and given by nurses.', "SAFETY_ABSOLUTE"),
    ('Voted "Best Med Spa in Austin" three years running.', "SUPERLATIVE_COMPARATIVE"),
    ('"The best decision I ever made!" - Emma, 38', "TESTIMONIAL"),
    ('Our slogan says it all: "the safest drips in London".', "SUPERLATIVE_COMPARATIVE"),
]


@pytest.mark.parametrize("text, category", ADS_OWN_QUOTES)
def test_an_ads_own_quotes_stay_asserted(text, category):
    assert "asserted" in statuses(text, category), explain(text)


# --- 3. neutral genres and ad copy ---------------------------------------------------------------
# News, regulator notices, patient leaflets, clinical abstracts and clinic disclosures: no finding.
# Ad copy in the same vocabulary: a finding of the category, asserted.

NEUTRAL_GENRES = [
    "A Manchester clinic that advertised its vitamin drips as a cure for long Covid has been told to remove the claims.",
    "Patients who paid £6,000 for stem cell injections said they were promised their knee pain would be gone within weeks.",
    "The clinic's website described its ozone therapy as 'completely safe', according to documents seen by this newspaper.",
    "Experts warn there is no good evidence that NAD+ infusions slow ageing.",
    "Former clients reported that staff told them the drip would cure their fatigue.",
    "Dr Patel, a consultant dermatologist, said exosome facials are unproven and potentially risky.",
    "The influencer later deleted a post in which she called the injections 'the best thing I've ever done'.",
    "Sales of weight-loss jabs bought online have soared, and doctors are seeing more patients with side effects.",
    "In interviews, nine former patients described being told the treatment would reverse their diabetes.",
    "The company insists its products are safe but has not published any trial data.",
    "Reporters visited five drip bars; three claimed their infusions boost immunity.",
    "The phrase 'clinically proven' appeared on more than half of the sites we reviewed.",
    "One woman told the BBC she felt ten years younger after the first session, but the effect wore off within a month.",
    "Stem cell clinics in the US have been linked to cases of blindness and serious infection.",
    "The watchdog said the ads implied the drips could prevent flu.",
    "The ASA ruled that the ad's claim that the drip 'cures hangovers' was misleading and must not appear again.",
    "We told the advertiser to stop describing its treatments as 'FDA-approved' when they are not.",
    "The FDA has not approved any exosome products for the treatment of any disease.",
    "Marketers must hold evidence before claiming that a product treats a medical condition.",
    "The advert stated that 'results are guaranteed', which the CAP Code does not permit for a treatment whose outcome varies.",
    "Consumers should be cautious about clinics offering unapproved stem cell treatments.",
    "The warning letter cites statements on the firm's website such as 'our stem cells regenerate damaged cartilage'.",
    "Testimonials must not be used to make claims that the advertiser could not make directly.",
    "The MHRA has received reports of serious harm linked to weight-loss injections bought from unlicensed sellers.",
    "Claims that IV therapy 'boosts the immune system' have not been substantiated.",
    "The complaint concerned an Instagram post that described the clinic as 'the safest in London'.",
    "The regulator said the 'clinically proven' label was misleading.",
    "Like all medicines, this medicine can cause side effects, although not everybody gets them.",
    "Some patients report headaches, nausea or dizziness after the infusion.",
    "Tell your doctor if you notice any swelling, redness or pain at the injection site.",
    "Most patients can return to normal activities the next day.",
    "This treatment will not cure your condition but may help to control the symptoms.",
    "Bruising is common and usually settles within a week.",
    "Do not use this medicine if you are pregnant or breastfeeding.",
    "Results vary from person to person, and some people need more than one session.",
    "Contact us straight away if you develop a high temperature after your procedure.",
    "Patients in the trial reported side effects such as nausea and fatigue.",
    "Your doctor will discuss the possible benefits and risks with you before treatment.",
    "Seek urgent medical help if you have difficulty breathing or swallowing.",
    "In this randomised controlled trial, 68% of patients in the treatment group reported reduced pain at 12 weeks compared with 41% in the placebo group.",
    "Participants who received the infusion reported improved energy, but the difference was not statistically significant.",
    "Nine of 20 participants reported mild injection-site reactions.",
    "These preliminary findings suggest that PRP may reduce knee pain; larger trials are needed.",
    "No serious adverse events were reported during the study period.",
    "The intervention did not significantly improve quality of life compared with usual care.",
    "In mice, exosome treatment reduced markers of inflammation.",
    "Patients treated with semaglutide lost on average 15% of body weight over 68 weeks.",
    "Evidence for the use of high-dose vitamin C in cancer is limited and conflicting.",
    "The authors conclude that ozone therapy cannot be recommended outside clinical trials.",
    "Results vary and are not guaranteed.",
    "We cannot guarantee any specific outcome from treatment.",
    "IV therapy is not a substitute for medical care; please continue any treatment prescribed by your doctor.",
    "Individual results may vary. The testimonials on this page reflect the experiences of individual patients and are not typical.",
    "All treatments carry some risk, including bruising, infection and allergic reaction.",
    "Stem cell therapy for arthritis is experimental and is not covered by insurance.",
    "Our doctors will explain the known risks and the limits of the evidence at your consultation.",
    "Before-and-after photos show individual results and are not a promise of your outcome.",
    "We do not claim that any of our treatments cure, treat or prevent disease.",
    "Prices listed are per session; a full course usually requires three to six sessions.",
    "This product has not been evaluated by the FDA and is not intended to diagnose, treat, cure or prevent any disease.",
    "No treatment is completely risk-free.",
    'The clinic, which charges £450 for a single "longevity" infusion, told customers the drip would boost their immune system. Doctors we spoke to said there was no evidence for this.',
    "Stem cell tourism is a growing industry. Patients travel to Mexico, Panama and Ukraine for treatments that are not approved at home, often paying tens of thousands of dollars.",
    "After the ruling, the company changed its website, which had described its exosome facial as the most advanced anti-ageing treatment in the world.",
    '"We were told it was completely safe," said one mother, whose daughter was hospitalised after an IV drip at a pop-up event.',
    "The FDA warned consumers that some clinics market stem cell products as a cure for autism, ALS and Parkinson's disease.",
    "Influencers were paid up to $5,000 per post to promote the weight-loss injections without disclosing the payment, the lawsuit alleges.",
    "Dr Jones said vitamin drips are popular among celebrities but offer no benefit for people who eat a normal diet.",
    "The company's founder told investors the therapy could reverse ageing, according to a recording obtained by the paper.",
    "Semaglutide, sold as Ozempic and Wegovy, has been shown to reduce body weight by around 15% in clinical trials.",
    "Researchers found that 40% of the clinics contacted were willing to sell the drug without a prescription.",
    "The ASA said the ad must not appear again in its current form. We told the advertiser not to state or imply that its IV drips could treat or prevent illness.",
    "The advertiser said the claims were based on customer feedback and the experience of its medical director. However, we considered that this did not constitute robust evidence.",
    'We received a complaint that the claim "the UK\'s leading stem cell clinic" was misleading and could not be substantiated.',
    "The Agency reminds practitioners that botulinum toxin is a prescription-only medicine and must not be advertised to the public.",
    "The warning letter states that the firm's products are unapproved new drugs and that their marketing violates the Federal Food, Drug, and Cosmetic Act.",
    "Products marketed with claims to cure, treat or prevent disease are drugs under the law and require FDA approval.",
    "Consumers who have experienced adverse effects after an IV vitamin infusion are encouraged to report them to the Yellow Card scheme.",
    "The FTC alleges that the company deceptively claimed its treatments could cure or mitigate COVID-19.",
    "Health Canada is advising Canadians not to use unauthorized injectable weight-loss products purchased online.",
    "The TGA has issued infringement notices totalling $133,200 to a clinic for allegedly advertising prescription-only medicines.",
    "What is PRP? Platelet-rich plasma is made from your own blood. It is injected into the skin or joints. Evidence for its benefit in knee arthritis is mixed.",
    "Possible side effects include pain, bruising and swelling at the injection site, infection and, rarely, damage to nerves or blood vessels.",
    "You may feel tired or have a mild headache for a day or two after treatment. This is normal and should pass quickly.",
    "Botox injections usually take 3 to 5 days to work, and the effect lasts about 3 to 4 months.",
    "Wegovy is a prescription medicine used with a reduced-calorie diet and increased physical activity to help adults with obesity lose weight.",
    "Do not drink alcohol for 24 hours after treatment. If you notice any unusual symptoms, contact the clinic.",
    "Dermal fillers are not medicines, so there are fewer rules about who can inject them.",
    "Ask your practitioner about their qualifications, insurance and the product they will use before you agree to treatment.",
    "Lip fillers can last up to 12 months, although this varies from person to person.",
    "The risk of serious complications is low, but it is not zero.",
    "Intravenous vitamin C has been studied as an add-on to chemotherapy, but it has not been shown to improve survival.",
    "Methods: We enrolled 120 adults with knee osteoarthritis and randomly assigned them to PRP or saline injections.",
    "Results: At 12 months, there was no significant difference in pain scores between the groups (mean difference 0.4, 95% CI -0.3 to 1.1).",
    "Conclusion: In this trial, PRP did not improve symptoms of knee osteoarthritis compared with placebo.",
    "Background: Exosome-based therapies have attracted interest as a potential treatment for skin ageing, but clinical data are scarce.",
    "A systematic review of 14 studies found that NAD+ supplementation raised blood NAD+ levels but had no consistent effect on physical function.",
    "Mesenchymal stem cells have shown promise in early-phase trials for graft-versus-host disease.",
    "In a small open-label study, 18 of 22 participants reported improved sleep quality after eight weeks.",
    "Adverse events were mild and included headache (12%), nausea (8%) and injection-site pain (5%).",
    "Our clinic follows the GMC guidance on cosmetic interventions. We do not offer treatments to anyone under 18.",
    "Treatment outcomes differ between individuals. Your practitioner will discuss realistic expectations with you at your consultation.",
    "The information on this website is for general education only and is not a substitute for professional medical advice.",
    "Exosome products are not approved by the FDA for any indication. Treatments at our clinic are provided under an IRB-approved research protocol.",
    "We are unable to guarantee results. Some patients require more than one treatment to see an improvement.",
    "Complications can include infection, lumps, asymmetry and, in rare cases, blindness. We will discuss these with you before you decide.",
    "Why do vitamin drips cost so much? We break down what you are paying for.",
    "Is IV therapy safe? For most healthy adults, the risks are low, but it is not suitable for everyone, including people with heart or kidney problems.",
    "Can exosomes reverse ageing? There is currently no good evidence that they can.",
    "Does Ozempic work for weight loss? It can, but it is only licensed for type 2 diabetes in the UK.",
    "Many people believe detox drips flush toxins from the body, but your liver and kidneys already do this.",
    "The idea that you can boost your immune system with a vitamin drip is not supported by evidence.",
    "If a clinic tells you its treatment is 100% safe, be cautious: every medical procedure carries some risk.",
    'Look out for claims like "miracle cure", "guaranteed results" or "no side effects". These are warning signs.',
    "Beware of before-and-after photos that are heavily edited or show results that seem too good to be true.",
    "She said the drip made her feel better for a few days, but she wasn't sure it was worth the money.",
    "Athletes should be aware that IV infusions of more than 100 mL in 12 hours are prohibited under the WADA Code unless medically justified.",
    "The World Anti-Doping Agency prohibits IV infusions above 100 mL per 12-hour period without a therapeutic use exemption.",
    "Prescription-only medicines such as semaglutide must not be advertised to the public in the UK.",
    "Results from the study were published in The Lancet in March.",
    'The clinic\'s Facebook page called its ozone sauna "the ultimate detox" and said it could "cure Lyme disease".',
    'Under the headline "Melt fat without surgery", the ad showed a woman in a bikini.',
    'Her post, captioned "Bye bye wrinkles!", was viewed more than two million times.',
    'The complaint concerned a radio ad that said "our drip is clinically proven to boost energy".',
    'Screenshots show the clinic promoting its "miracle stem cell shot" to parents of autistic children.',
    'The brochure\'s cover promised "a pain-free life in 30 days".',
    'The seller\'s listing described the pens as "genuine Ozempic" and "safe for everyone".',
    'One clinic\'s slogan, "Younger in one hour", was found to breach the code.',
    'Jurors were shown an email in which the defendant wrote that the treatment "cures 95% of cancers".',
    "Patients interviewed for this article said the drips made no difference to their symptoms.",
    "Clients who complained said the clinic had assured them the results would be permanent.",
    "Dozens of customers have left one-star reviews saying the weight-loss injections did not work.",
    "Some users report a burning sensation during the infusion, which usually stops when the rate is slowed.",
    "In a poll of 1,000 adults, most respondents said they believed vitamin drips were safe.",
    "Many people who try IV therapy say they feel more energetic, but studies have not found a real effect.",
    "Most patients who have PRP for hair loss need three to four sessions, and results are not guaranteed.",
    "About one in ten people who have fillers experience swelling that lasts more than a week.",
    "Clinical trials of stem cells for heart failure have produced disappointing results.",
    "There have been reports of blindness after filler injections in the nose and forehead.",
    "Hydration drips do not replace the need to drink fluids.",
    "Vitamin B12 injections are only needed if you have a confirmed deficiency.",
    "NAD+ is a molecule found in every cell of the body; its levels decline with age.",
    "Glutathione is an antioxidant made by the liver. Taking it by drip has not been shown to lighten skin or slow ageing.",
    "High-dose vitamin C infusions can cause kidney stones in some people.",
    "Exosomes are tiny packets released by cells. Researchers are studying whether they could one day be used to treat disease.",
    "If you are pregnant, breastfeeding or have kidney disease, IV therapy may not be suitable for you.",
    "Semaglutide should not be used by people with a personal or family history of medullary thyroid cancer.",
    "Stop taking the medicine and seek medical help at once if you notice swelling of the face, lips or tongue.",
    "Ozone therapy is not approved for any medical use in the United States.",
    "Botulinum toxin is a prescription-only medicine and can only be prescribed after a face-to-face consultation.",
    "The clinic is registered with the Care Quality Commission.",
    "Our nurses are registered with the Nursing and Midwifery Council and hold professional indemnity insurance.",
    "Treatment is not suitable for everyone; your doctor will decide whether it is appropriate for you.",
    "Please note that we do not offer stem cell treatments for cancer, autism or neurological disease.",
    "Payment plans are available. Please ask at reception for details.",
    "All prices include a consultation and aftercare appointment.",
    "This page was last reviewed in March and will be reviewed again in two years.",
    "You have the right to change your mind and cancel within 14 days.",
    "The study was funded by the manufacturer, which may have influenced how the results were reported.",
    "Larger, independent trials are needed before exosome therapy can be recommended.",
    "The drug reduced the risk of heart attack and stroke by 20% compared with placebo in people with heart disease and obesity.",
    "Mean HbA1c fell by 1.8 percentage points in the semaglutide group.",
    "Participants reported fewer hot flushes, although the difference from placebo was small.",
    "The anti-ageing effects seen in mice have not been replicated in humans.",
    "Critics say the industry is exploiting vulnerable patients with false hope.",
    "The clinic did not respond to requests for comment.",
    'A spokesperson for the company said it was "proud of the thousands of patients we have helped".',
    'The ad featured the line "Trusted by doctors" next to a photo of a man in a white coat.',
    'The regulator has asked the platform to remove posts that describe the injections as "risk-free".',
    'Campaigners want a ban on adverts that promise "instant results".',
    'The watchdog found that a quarter of the clinics it checked made claims that were "not supported by evidence".',
    "The council's trading standards team seized 300 unlicensed Botox vials from a salon.",
    "Health officials say no IV drip can prevent COVID-19.",
    'He said his doctors were "amazed" by his recovery but declined to name the clinic.',
    'Ms Lee, 42, said the treatment left her with scarring and that she had been told it was "completely safe".',
    "In court, the founder admitted he had no medical training.",
    "The American Academy of Dermatology does not recommend exosome products outside clinical trials.",
    "Social media is full of before-and-after photos that may be edited.",
    "Consumers are advised to check that any weight-loss medicine they buy comes from a registered pharmacy.",
    'The 2019 guidance warns that claims such as "100% safe" are likely to mislead.',
    'Three former employees told investigators the clinic\'s owner instructed them to tell patients the drips would "flush out cancer".',
    "A patient who paid for eight sessions said she was assured the treatment would stop her hair falling out.",
    'Advertising watchdogs have banned a TikTok video that claimed a weight-loss injection was "safer than dieting".',
    'The brand\'s website still describes its peptide injections as "clinically proven to build muscle".',
    "One of the clinics we contacted said its stem cells could cure diabetes within six months.",
    'Doctors are warning that "skinny jabs" sold on social media may contain unknown substances.',
    "The survey found that one in three young adults believed IV drips could cure a hangover.",
    'Promotional emails sent to customers described the vitamin shots as the "secret to eternal youth".',
    "The MHRA said it was investigating reports that counterfeit Mounjaro pens had been sold at beauty salons.",
    "The judge said the defendant had knowingly sold an unapproved product that he claimed could reverse autism.",
    "At a seminar attended by our reporter, a speaker said chelation therapy was better than heart surgery.",
    "Last year, 42 complaints about cosmetic injections were upheld by the ASA.",
    "Exosome facials are among the fastest-growing treatments at high-street salons, despite a lack of regulation.",
    "There is currently no licensed stem cell treatment for osteoarthritis in the UK.",
    "Vitamin D injections are sometimes prescribed for people with a severe deficiency.",
    "Ozempic can cause nausea, vomiting and, rarely, inflammation of the pancreas.",
    "Fillers are usually made of hyaluronic acid, a substance that occurs naturally in the body.",
    "Anyone who develops severe pain, skin colour changes or vision problems after a filler injection should seek emergency care.",
    "Recovery after liposuction can take several weeks, and bruising is common.",
    "The vaccine is recommended for adults over 65 and people with certain health conditions.",
    "Patients receiving the infusion had lower pain scores at 6 weeks, but the effect disappeared by 6 months.",
    "The mean age of participants was 58 years, and 64% were women.",
    "Compared with placebo, the supplement had no effect on markers of biological age.",
    "The authors declare that they have no conflicts of interest.",
    "Further studies are required to determine whether these findings apply to humans.",
    "We only treat patients aged 18 and over.",
    "If you have any concerns after your treatment, please call our aftercare line, which is open 24 hours a day.",
    "All our practitioners are medically qualified and insured.",
    "Our consultations are free, with no obligation to proceed.",
    "We follow the Advertising Standards Authority's rules and do not advertise prescription-only medicines.",
    "Individual results will vary and depend on factors such as age, skin type and lifestyle.",
    "Testimonials on this site are from real patients and have not been edited, but they do not represent typical results.",
    "This treatment is not suitable for people who are pregnant or who have an active skin infection.",
    "The cost of a course varies; we will give you a written quote after your consultation.",
    "Please read our complaints policy if you are unhappy with any aspect of your care.",
    "The spa's owner told the tribunal she had genuinely believed the drips could cure chronic fatigue.",
    'Investigators say the clinic advertised a "stem cell facelift" that contained no stem cells.',
    "Two customers said they had been promised their cellulite would disappear after three sessions.",
    'The council said the salon had been offering "Botox parties" without a prescriber present.',
    'Regulators have told the firm to stop saying its drips "flush out heavy metals".',
    'A petition calls for a ban on advertising that describes cosmetic procedures as "quick and easy".',
    "The clinic's own terms state that results cannot be guaranteed.",
    'Customers who bought the course were told it would "melt away" their belly fat, court papers show.',
    "Many patients report that the drip makes them feel more alert, though the effect is short-lived.",
    "In the trial, 72% of participants reported at least one side effect.",
    "Most people who use minoxidil see some regrowth, but hair loss returns when treatment stops.",
    "Side effects of Botox are usually mild and temporary.",
    "Vitamin C infusions at very high doses are being studied in sepsis, with mixed results so far.",
    'Exosome products sold to clinics are often labelled "for research use only".',
    "The medicine is licensed for adults with a BMI of 30 or above.",
    "Chelation therapy is an approved treatment for lead poisoning, but it has no proven role in heart disease.",
    # an established use told in the present ('is used in hospitals to treat') reports, like 'is used to'
    "Hyperbaric oxygen therapy is used in hospitals to treat decompression sickness and some non-healing wounds.",
    "Our pharmacists will check that the medicine is safe for you before it is dispensed.",
    "We do not provide IV therapy to pregnant women or to anyone under 18.",
    "Please tell us about any medicines you take, including supplements.",
    "If your symptoms do not improve within two weeks, contact your GP.",
    "The claims made by the clinic were not supported by the studies it cited.",
    "Some wellness clinics describe their drips as medical treatments even though no doctor is present.",
    "The report found that one in five clinics did not carry out a medical consultation before treatment.",
    "Fans of the treatment say it gives them energy, but experts are not convinced.",
]

AD_COPY = [
    ("9 out of 10 clients reported visible results after just one session.", "PSEUDO_EVIDENCE"),
    ("95% of our patients report less joint pain within a month.", "PSEUDO_EVIDENCE"),
    ("Most of our patients say they feel ten years younger.", "TESTIMONIAL"),
    ("Thousands of our clients tell us they look years younger after our NAD+ drip.", "TESTIMONIAL"),
    ("Over 2,000 patients have reported lasting relief from arthritis with our exosome therapy.", "CURE_TREATMENT_CLAIM"),
    ("Our clients consistently report more energy and a stronger immune system.", "TESTIMONIAL"),
    ("Customers report losing up to 10 kg in the first month on our programme.", "WEIGHT_LOSS_CLAIM"),
    ("Every one of our patients has reported an improvement in their back pain.", "TESTIMONIAL"),
    ("Our exosome drip cures chronic fatigue.", "CURE_TREATMENT_CLAIM"),
    ("Our 'miracle' drip cures fatigue.", "DETOX_WELLNESS_VAGUE"),
    ("Our stem cell therapy reverses arthritis without surgery.", "CURE_TREATMENT_CLAIM"),
    ("100% safe, no side effects.", "SAFETY_ABSOLUTE"),
    ("The best IV clinic in London.", "SUPERLATIVE_COMPARATIVE"),
    ("Clinically proven to boost collagen by 300%.", "PSEUDO_EVIDENCE"),
    ("Guaranteed results or your money back.", "GUARANTEE_CERTAINTY"),
    ("Book now - only 3 slots left this week!", "URGENCY_SCARCITY"),
    ("Lose 10kg in 4 weeks with our semaglutide programme.", "WEIGHT_LOSS_CLAIM"),
    ("Trusted by Premier League footballers.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Our NAD+ drip turns back the clock on aging.", "ANTI_AGING_REJUVENATION"),
    ("Skip the chemo: our high-dose vitamin C kills cancer cells naturally.", "DISCOURAGES_STANDARD_CARE"),
    ("Boost your immunity and never catch a cold again with our Myers' cocktail.", "DISEASE_PREVENTION_IMMUNITY"),
    ("FDA-approved stem cell treatment for knee pain.", "FALSE_APPROVAL_CLAIM"),
    ("Detox your liver and flush out toxins with our glutathione drip.", "DETOX_WELLNESS_VAGUE"),
    ("Recover faster after training with our peptide injections.", "PERFORMANCE_RECOVERY"),
    ("'I felt ten years younger after one session!' - Sarah, 45", "TESTIMONIAL"),
    ("Real patients, real results: 'My knee pain is completely gone.'", "TESTIMONIAL"),
    ("As seen on TV: the drip the celebrities swear by.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("20% off your first Botox session this month.", "PRICE_INDUCEMENT"),
    ("Ozempic available without a GP visit - order online today.", "PRESCRIPTION_ONLY_PROMOTION"),
    ("Our patients report that their migraines disappeared after our IV therapy.", "TESTIMONIAL"),
    ("Clients say our hangover drip works in 30 minutes, every time.", "GUARANTEE_CERTAINTY"),
    ("Many of our clients tell us their eczema has cleared up completely.", "TESTIMONIAL"),
    ("Studies show our exosome serum regenerates damaged skin cells.", "PSEUDO_EVIDENCE"),
    ("The safest, most effective weight-loss injections in the UK.", "SAFETY_ABSOLUTE"),
    ("No downtime, no pain, no risk.", "SAFETY_ABSOLUTE"),
    ("Stem cells repair damaged cartilage, so you can avoid knee replacement surgery.", "DISCOURAGES_STANDARD_CARE"),
    ("Our patients tell us it's the best decision they ever made.", "TESTIMONIAL"),
    ("8 out of 10 women saw smoother skin in just 7 days.", "PSEUDO_EVIDENCE"),
    ("Over 500 happy clients report sleeping better and feeling calmer after our NAD+ course.", "TESTIMONIAL"),
    ("Turn back time with our signature NAD+ infusion - feel decades younger from the inside out.", "ANTI_AGING_REJUVENATION"),
    ("Our regenerative stem cell therapy heals damaged joints so you can say goodbye to knee pain for good.", "CURE_TREATMENT_CLAIM"),
    ("Completely natural and totally safe - no side effects, no downtime.", "SAFETY_ABSOLUTE"),
    ("Miami's #1 IV therapy lounge, voted best in the city.", "SUPERLATIVE_COMPARATIVE"),
    ("Backed by science: over 200 clinical studies prove the benefits of high-dose vitamin C.", "PSEUDO_EVIDENCE"),
    ("See results after your very first session - guaranteed!", "GUARANTEE_CERTAINTY"),
    ("Flush toxins, boost energy and restore balance with our detox drip.", "DETOX_WELLNESS_VAGUE"),
    ("Stay healthy all winter: our immunity drip protects you from colds and flu.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Melt away stubborn belly fat with our fat-burning lipo injections.", "WEIGHT_LOSS_CLAIM"),
    ("The same recovery drip used by NFL players and Hollywood stars.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Limited availability - only 5 appointments left at this price!", "URGENCY_SCARCITY"),
    ("Buy 3 sessions, get the 4th free. Offer ends Sunday.", "PRICE_INDUCEMENT"),
    ("Get Mounjaro delivered to your door - no GP appointment needed.", "PRESCRIPTION_ONLY_PROMOTION"),
    ("Our exosome therapy is FDA approved and completely safe.", "FALSE_APPROVAL_CLAIM"),
    ("Why put poison in your body? Our natural IV protocol is the alternative to chemotherapy.", "DISCOURAGES_STANDARD_CARE"),
    ('"After three sessions my back pain was gone. I can\'t recommend this clinic enough!" - Mark, 52', "TESTIMONIAL"),
    ("Developed by a Harvard-trained physician and recommended by leading dermatologists.", "AUTHORITY_APPEAL"),
    ("Bounce back faster after a hard workout with our recovery IV.", "PERFORMANCE_RECOVERY"),
    ("See the incredible before and after results from our clients.", "BEFORE_AFTER"),
    ("Obsessed with my glow after my facial at @skinlab! They gifted me this treatment and I'm hooked.", "STEALTH_ADVERTISING"),
    ("Book your exosome hair restoration today.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Reverse your type 2 diabetes naturally in 90 days.", "CURE_TREATMENT_CLAIM"),
    ("Our clients look ten years younger after a single session.", "ANTI_AGING_REJUVENATION"),
    ("Patients tell us they feel like a new person after our hormone therapy.", "TESTIMONIAL"),
    ("92% of clients saw visible improvement in fine lines within 4 weeks.", "PSEUDO_EVIDENCE"),
    ("Nobody does it better: the most advanced stem cell clinic in Europe.", "SUPERLATIVE_COMPARATIVE"),
    ("Our ozone therapy kills viruses and cures Lyme disease.", "CURE_TREATMENT_CLAIM"),
    ("Risk-free treatment with zero side effects.", "SAFETY_ABSOLUTE"),
    ("100% success rate - we guarantee you'll love your results.", "GUARANTEE_CERTAINTY"),
    ("Loved by celebrities and trusted by Olympic athletes.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Cleanse your body and recharge your cells with glutathione.", "DETOX_WELLNESS_VAGUE"),
    ("Thousands of happy clients can't be wrong!", "TESTIMONIAL"),
    ("Clinically proven to boost energy by 300%.", "PSEUDO_EVIDENCE"),
    ("Supercharge your immune system and never get sick again.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Is it time to reverse the signs of ageing? Our exosome facial turns back the clock.", "ANTI_AGING_REJUVENATION"),
    ("Is your arthritis holding you back? Our stem cell injections repair cartilage and end joint pain.", "CURE_TREATMENT_CLAIM"),
    ("Lose up to 20% of your body weight with our medical weight loss programme.", "WEIGHT_LOSS_CLAIM"),
    ("Is it safe? Absolutely - our treatment is 100% safe.", "SAFETY_ABSOLUTE"),
    ('Hear from our patients: "I feel 20 years younger!"', "TESTIMONIAL"),
    ("Don't just manage your symptoms - our IV therapy cures fibromyalgia at the root.", "CURE_TREATMENT_CLAIM"),
    ("8 in 10 users saw firmer skin in 28 days.", "PSEUDO_EVIDENCE"),
    ("Our members tell us they feel younger, stronger and more alive.", "TESTIMONIAL"),
    ("Patients say our infusions cured their chronic migraines.", "CURE_TREATMENT_CLAIM"),
    ("Clients rave about our signature detox drip.", "TESTIMONIAL"),
    ("Look 10 years younger in just one appointment.", "ANTI_AGING_REJUVENATION"),
    ("Totally safe for all ages - no risks, no side effects.", "SAFETY_ABSOLUTE"),
    ("Rated the number one med spa in Dallas.", "SUPERLATIVE_COMPARATIVE"),
    ("End back pain for good with our spinal decompression therapy.", "CURE_TREATMENT_CLAIM"),
    ("We guarantee you'll see results or your next session is free.", "GUARANTEE_CERTAINTY"),
    ("Our liver detox drip removes heavy metals and toxins.", "DETOX_WELLNESS_VAGUE"),
    ("Protect yourself from flu this winter with our immune booster shot.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Drop two dress sizes in a month - no diet needed.", "WEIGHT_LOSS_CLAIM"),
    ("Train harder and recover in half the time with our peptide protocol.", "PERFORMANCE_RECOVERY"),
    ("The IV drip favoured by A-list celebrities and Premier League stars.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Half-price Botox every Tuesday!", "PRICE_INDUCEMENT"),
    ("Hurry - offer ends at midnight!", "URGENCY_SCARCITY"),
    ("Our stem cell treatment is approved by the FDA.", "FALSE_APPROVAL_CLAIM"),
    ("Ditch your blood pressure pills - our chelation therapy clears your arteries naturally.", "DISCOURAGES_STANDARD_CARE"),
    ("Scientifically proven to increase collagen by 70%.", "PSEUDO_EVIDENCE"),
    ("Recommended by top dermatologists worldwide.", "AUTHORITY_APPEAL"),
    ("See our amazing before and after gallery.", "BEFORE_AFTER"),
    ("Loving my new lips from @lipstudio - they treated me to this as a gift!", "STEALTH_ADVERTISING"),
    ('"I feel like I\'m 30 again!" - Linda, 58', "TESTIMONIAL"),
    ("Our 'Youth Elixir' drip turns back the clock on ageing skin.", "ANTI_AGING_REJUVENATION"),
    ('Our "gentle" stem cell injections are completely safe and natural.', "SAFETY_ABSOLUTE"),
    ("Real patients, real results: our clients say their arthritis pain is gone after one injection.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text", NEUTRAL_GENRES)
def test_neutral_genre_is_not_charged(text):
    assert not audit_text(text, lang="en").findings, explain(text)


@pytest.mark.parametrize("text, category", AD_COPY)
def test_ad_copy_is_charged(text, category):
    result = audit_text(text, lang="en")
    assert "asserted" in statuses(text, category) and category in {f.category for f in result.findings}, explain(text)


# Whole short documents: a news story, an ASA ruling, a package leaflet, a clinic's disclosure page,
# an abstract, an FDA consumer page, a patient's blog, an FAQ, an explainer, a consumer alert, a consent form,
# a warning letter, a TGA notice, a website disclaimer, a trial's results, a hospital page, an
# insurer's exclusions, a press release, an anti-doping notice, a letter to the editor; then ads.
NEUTRAL_DOCUMENTS = [
    'Drip bars promise a hangover cure. Doctors say save your money.\n\nOn a Saturday morning in east London, a queue forms outside a converted shop offering "hangover recovery" infusions for £149. The menu promises to rehydrate, detox and restore energy in under an hour.\n\n"It\'s basically a bag of salt water with some vitamins," said Dr Amelia Hart, an emergency physician. "Drinking two glasses of water and eating breakfast will do most of the same thing."\n\nThe company behind the bar says its drips are administered by registered nurses and that every client is screened before treatment. It declined to say what evidence supported the claim that the drips detox the body.\n\nThe Advertising Standards Authority has previously ruled against firms that claimed IV drips could boost immunity or cure hangovers.',
    'ASA Ruling on Glow Infusions Ltd\n\nAd description: A website for an IV therapy clinic, seen in March, stated "Our Immunity Boost drip strengthens your natural defences and helps prevent colds and flu". A further claim stated "Clinically proven to increase energy levels by 80%".\n\nIssue: The complainant challenged whether the claims were misleading and could be substantiated.\n\nResponse: Glow Infusions said the claims were based on published studies on vitamin C and on feedback from clients.\n\nAssessment: Upheld. The ASA considered that consumers would understand the claims to mean that the drip had been shown to prevent illness. We had not seen evidence that the drip prevented colds or flu. The ad must not appear again in the form complained of. We told Glow Infusions not to make health claims for their IV drips unless they held adequate evidence.',
    'Package leaflet: Information for the patient\n\nWhat this medicine is and what it is used for\nThis medicine contains the active substance semaglutide. It is used together with diet and physical activity to help adults with obesity lose weight and keep their weight under control.\n\nPossible side effects\nLike all medicines, this medicine can cause side effects, although not everybody gets them. Very common: feeling sick, vomiting, diarrhoea, constipation, stomach pain and headache. Common: dizziness, hair loss, gallstones.\n\nStop using this medicine and see a doctor straight away if you have severe pain in the stomach area that does not go away.',
    'About our treatments\n\nExosome therapy is an emerging area of regenerative medicine. Exosome products are not approved by the FDA to treat any disease, and the evidence for their use in skin and hair rejuvenation comes mainly from small studies.\n\nWe do not claim that exosome treatments cure or prevent any condition. Results vary between patients, and some patients see little or no change. Possible side effects include redness, swelling and, rarely, infection.\n\nBefore treatment, your clinician will discuss the known risks, the limits of current evidence and alternative treatments with you.',
    'Abstract\nBackground: Intravenous NAD+ is widely marketed as an anti-ageing therapy, but clinical evidence is limited.\nMethods: We conducted a double-blind, placebo-controlled trial in 60 adults aged 55 to 75. Participants received weekly infusions of NAD+ or saline for 8 weeks.\nResults: Blood NAD+ levels rose in the treatment group. There was no significant difference in grip strength, walking speed or self-reported energy. Adverse events included flushing (30%) and nausea (17%).\nConclusions: NAD+ infusions raised blood NAD+ levels but did not improve physical function in older adults.',
    "FDA Warns About Stem Cell Therapies\n\nSome patients seeking cures and remedies are vulnerable to stem cell treatments that are illegal and potentially harmful. The FDA is increasing its oversight and enforcement to protect people from dishonest and unscrupulous stem cell clinics.\n\nStem cell products have the potential to treat many medical conditions. However, some clinics advertise stem cell products as a cure for a wide range of diseases, including Parkinson's disease, ALS and macular degeneration, without FDA approval.\n\nIf you are considering treatment, ask whether the product is FDA-approved or being studied under an Investigational New Drug application.",
    'My experience with a "miracle" knee treatment\n\nTwo years ago I paid £4,000 for stem cell injections in my knee. The clinic\'s brochure said the treatment would regrow cartilage and that I would be pain-free within three months.\n\nIt didn\'t work. My knee is no better, and my surgeon later told me there was no evidence it could have helped. I\'m writing this so other people ask harder questions before they pay.',
    'Frequently asked questions\n\nIs IV therapy safe?\nIV therapy is generally low risk when given by trained staff, but no medical procedure is completely without risk. Possible complications include bruising, vein irritation and, rarely, infection.\n\nWill I feel better straight away?\nSome clients report feeling more energetic after a drip, but others notice no difference. We cannot promise any particular result.\n\nDo I need a consultation?\nYes. Every client has a medical consultation before their first drip to check that treatment is suitable.',
    'Weight-loss jabs: what you need to know\n\nMedicines such as Wegovy and Mounjaro can help people with obesity lose weight when combined with diet and exercise. In trials, people taking them lost on average 15 to 20% of their body weight.\n\nBut the drugs are only available on prescription, and buying them from unregulated websites or beauticians is risky. The MHRA has seized thousands of fake pens.\n\nCommon side effects include nausea, constipation and diarrhoea. Anyone experiencing severe stomach pain should seek medical help.',
    'Consumer alert: "immune-boosting" drips\n\nThe state attorney general\'s office has received complaints about wellness clinics advertising IV drips that "boost immunity" and "protect against COVID-19". There is no scientific evidence that these drips prevent infection.\n\nConsumers should be wary of businesses that claim their products can prevent or cure disease, offer "guaranteed" results or pressure customers to buy packages on the spot.',
    'Influencer fined over undisclosed "glow drip" posts\n\nA lifestyle influencer with 400,000 followers has been ordered to pay $25,000 after promoting a Miami IV clinic without revealing that she was paid. In one video she told viewers the clinic\'s "Glow Drip" had cleared her acne and made her skin look years younger.\n\nRegulators said the posts were advertising and should have been labelled. The clinic has since removed the testimonials from its website.',
    'CAP guidance: Health claims for IV therapy\n\nMarketers should not claim or imply that IV vitamin drips can prevent, treat or cure any illness unless they hold robust evidence. Claims such as "boosts immunity", "detoxes the body" and "cures hangovers" are likely to be considered misleading.\n\nTestimonials do not constitute substantiation. Marketers should also take care not to discourage essential treatment for conditions for which medical supervision should be sought.',
    'Platelet-rich plasma (PRP) injections\n\nPRP is made by taking a small sample of your blood and spinning it to concentrate the platelets. The concentrated plasma is then injected into the affected area.\n\nPRP is sometimes used for tendon injuries and knee osteoarthritis. Some studies have found it may reduce pain for a few months, while others have found no benefit. It is not available on the NHS for most conditions.\n\nRisks include pain at the injection site, infection and, rarely, nerve damage.',
    'Informed consent: Exosome scalp treatment\n\nI understand that exosome products are not approved by the U.S. Food and Drug Administration for hair loss or any other condition. I understand that the clinic has made no guarantee regarding the outcome of treatment and that results vary.\n\nI understand that possible risks include pain, swelling, infection, an allergic reaction and no improvement in hair growth. I have had the opportunity to ask questions and all of my questions have been answered.',
    'Ozempic shortage leaves diabetes patients struggling\n\nPharmacists across the country say they cannot get enough Ozempic for patients with type 2 diabetes, as demand from people using it for weight loss has surged. The drug is licensed for diabetes, but some private clinics have prescribed it off-label to people who want to slim down.\n\n"My patients rely on it to control their blood sugar," said one GP. "It is frustrating that it has become a lifestyle product."',
    "Objective: To assess the safety of intravenous ozone therapy in patients with chronic Lyme disease.\nDesign: Retrospective case series of 34 patients treated at a private clinic between 2015 and 2020.\nFindings: Seven patients (21%) experienced adverse events, including two cases of pulmonary embolism. No patient was reported to be cured. The clinic's records did not include any validated outcome measures.\nInterpretation: Intravenous ozone therapy carries serious risks and there is no evidence of benefit in Lyme disease.",
    'TGA issues infringement notices to cosmetic clinic\n\nThe Therapeutic Goods Administration has issued three infringement notices totalling $39,960 to a Sydney cosmetic clinic for alleged unlawful advertising of prescription-only medicines on social media.\n\nThe clinic\'s Instagram account allegedly featured posts referring to "anti-wrinkle injections" and "the best results in Sydney", along with before-and-after images. Prescription-only medicines cannot be advertised to the public in Australia.',
    'Our approach to safety\n\nEvery treatment at our clinic is carried out by a registered doctor or nurse. We only use products that are licensed for use in the UK, and we follow the guidance of the Joint Council for Cosmetic Practitioners.\n\nAll treatments carry risks, and we will discuss these with you in detail. Results differ from person to person and we cannot promise a specific outcome. You will always have a cooling-off period of at least 48 hours before any procedure.',
    'Can vitamin drips really cure a hangover?\n\nIV drip companies say their products can cure a hangover in less than an hour. But experts say the science doesn\'t back this up. "Your body clears alcohol at a fixed rate," said toxicologist Dr Laura Chen. "A drip might rehydrate you a little faster, but it won\'t make the hangover go away."\n\nA 2022 review found no good-quality trials showing that IV therapy helps hangovers more than drinking water.',
    'Warning letter\n\nYour website makes claims that your stem cell products are intended to treat a variety of conditions, including arthritis, multiple sclerosis and autism. For example, your website states: "Our stem cell therapy repairs damaged tissue and reverses the progression of MS."\n\nThese claims establish that your products are drugs. Your products have not been approved by FDA, and their marketing is therefore unlawful. You should take prompt action to correct these violations.',
    'Living with knee osteoarthritis\n\nThere is no cure for osteoarthritis, but the symptoms can often be managed. Regular exercise, losing weight if you are overweight, and painkillers can help. Some people are offered steroid injections, which may relieve pain for a few weeks.\n\nIf your symptoms are severe, your doctor may refer you for knee replacement surgery. Most people who have a knee replacement find their pain is greatly reduced.',
    'The rise of longevity clinics\n\nLongevity clinics are springing up in wealthy neighbourhoods, offering NAD+ infusions, hyperbaric oxygen and full-body scans. Prices start at around $10,000 a year. Several clinics we visited said their programmes could slow or even reverse ageing.\n\nScientists who study ageing are sceptical. "There is no treatment that has been shown to reverse human ageing," said Professor Mark Ellis. "Many of these services are selling hope."',
    "Patient safety notice\n\nWe have been made aware of fake Botox being sold online and used by unlicensed practitioners. Symptoms of botulism can include difficulty swallowing, slurred speech and breathing problems. If you have had an injection and develop any of these symptoms, seek urgent medical help.\n\nOnly have treatments from a qualified practitioner who can show you the product's packaging.",
    'Results: 212 participants were randomised. At week 24, mean weight loss was 12.4% with the study drug and 2.1% with placebo. Gastrointestinal adverse events were more frequent with the study drug (58% vs 24%). Treatment discontinuation due to adverse events occurred in 7% of participants.',
    'Disclaimer: The statements on this website have not been evaluated by the Food and Drug Administration. Our IV therapies are not intended to diagnose, treat, cure or prevent any disease. Testimonials reflect individual experiences and are not a guarantee of future results. Please consult your physician before starting any new treatment.',
    'Stem cell transplants\n\nA stem cell transplant replaces damaged blood cells with healthy ones. It can be used to treat conditions affecting the blood cells, such as leukaemia and lymphoma. For some people, a transplant offers the best chance of a cure.\n\nA transplant is a major procedure with serious risks, including infection and graft-versus-host disease. Your care team will explain whether a transplant is right for you.',
    'Botox for chronic migraine\n\nBotulinum toxin type A is approved for preventing headaches in adults with chronic migraine. It is given as injections around the head and neck every 12 weeks. If your headaches have not improved after two courses, treatment is usually stopped.\n\nSide effects can include neck pain, muscle weakness and drooping eyelids.',
    'University press release\n\nResearchers at the university have found that a compound called NMN improved muscle function in aged mice. "This is an exciting early result, but we do not yet know whether it will work in people," said lead author Dr Priya Shah. "Nobody should be buying NMN supplements on the basis of this study."\n\nThe team plans to start a small safety trial in humans next year.',
    'Notice to athletes: IV infusions\n\nUnder the World Anti-Doping Code, intravenous infusions and injections of more than a total of 100 mL per 12-hour period are prohibited at all times, except for those legitimately received in the course of hospital treatment, surgical procedures or clinical investigations.\n\nAthletes who receive an IV drip at a wellness clinic without a therapeutic use exemption risk an anti-doping rule violation, even if the drip contains only vitamins.',
    'Policy exclusions\n\nWe will not pay claims for cosmetic treatment, including dermal fillers, botulinum toxin and laser skin resurfacing, unless the treatment is needed because of an accident or illness covered by this policy. Experimental or unproven treatments, including stem cell therapy for joint conditions, are not covered.',
    'Letters: IV drips are not a miracle\n\nSir, your article on the boom in IV drip bars (March 3) quoted a customer who said her weekly drip "keeps me young". As an emergency doctor, I regularly see the other side: infections, collapsed veins and dangerous fluid overload. Readers should know that these treatments are not risk-free.',
    'Health | The truth about \'hangover drips\'\n\nThey promise to banish a hangover in under an hour, and on a Sunday morning the waiting rooms are full. IV drip bars charge between £100 and £250 for a bag of fluids, vitamins and anti-sickness medicine.\n\nCustomers we spoke to were enthusiastic. "I walked in feeling like death and walked out ready for brunch," said one. But doctors say the effect is mostly the fluid, which you could get from a glass of water and a rest.\n\n"There\'s no good evidence that the vitamins do anything for a hangover," said Dr Sam Okafor, a GP. "And putting a needle in a vein always carries some risk of infection."',
    'Important safety information\n\nDo not use if you or any of your family have ever had a type of thyroid cancer called medullary thyroid carcinoma. Stop using the medicine and call your doctor right away if you have severe pain in your stomach area that will not go away, with or without vomiting. Tell your doctor if you are pregnant or plan to become pregnant. The most common side effects include nausea, diarrhoea, vomiting, constipation, stomach pain, headache, tiredness and dizziness.',
    'FTC Sends Warning Letters to Companies Touting IV Therapy\n\nThe Federal Trade Commission has sent letters warning companies that they may be violating the law by making unsupported claims that their IV vitamin therapies can treat or prevent serious diseases. The companies advertised, among other things, that their infusions could "boost your immune system to fight off COVID-19", "reverse chronic fatigue" and "cure anxiety and depression".\n\nThe letters state that it is unlawful to advertise that a product can prevent, treat or cure human disease unless the company possesses competent and reliable scientific evidence. The FTC urged the companies to remove any unsubstantiated claims immediately.',
    'Discussion\nIn this cohort, patients who received PRP injections reported a mean improvement of 18 points on the WOMAC pain subscale at six months, compared with 11 points in those who received hyaluronic acid. However, the study was not blinded, and patients who paid for PRP may have been more likely to report improvement. The observed benefit should therefore be interpreted with caution. Randomised, placebo-controlled trials are needed to establish whether PRP offers any advantage over existing treatments.',
]

AD_DOCUMENTS = [
    ('Feel Amazing Again with NAD+ IV Therapy\n\nOur NAD+ infusions recharge your cells, reverse the signs of ageing and restore the energy you had in your twenties. Clients tell us they sleep better, think more clearly and feel ten years younger after just one session.\n\nBacked by cutting-edge science and administered by our expert nurses. Book today - spaces are limited!',
     ['ANTI_AGING_REJUVENATION', 'TESTIMONIAL', 'URGENCY_SCARCITY']),
    ('Regenerative Stem Cell Therapy\n\nAvoid knee replacement surgery. Our stem cell injections repair damaged cartilage and eliminate arthritis pain naturally, with no side effects.\n\n"I was told I needed a new knee. Three months after my stem cell treatment I\'m hiking again!" - David, 61\n\nOver 5,000 patients treated. Call now for a free consultation.',
     ['CURE_TREATMENT_CLAIM', 'DISCOURAGES_STANDARD_CARE', 'SAFETY_ABSOLUTE', 'TESTIMONIAL']),
    ('Medical Weight Loss That Works\n\nLose up to 20% of your body weight with semaglutide, prescribed online in minutes. No waiting lists, no GP appointment. First month just $199!\n\n95% of our patients lose weight in the first month. Start your transformation today.',
     ['WEIGHT_LOSS_CLAIM', 'PRESCRIPTION_ONLY_PROMOTION', 'PRICE_INDUCEMENT']),
    ("Why choose Radiance Clinic?\n\nWe are London's leading exosome clinic, trusted by celebrities and top athletes. Our exclusive exosome protocol is 100% safe and clinically proven to regenerate skin at the cellular level.\n\nResults are guaranteed or your money back.",
     ['SUPERLATIVE_COMPARATIVE', 'CELEBRITY_ATHLETE_ENDORSEMENT', 'SAFETY_ABSOLUTE', 'PSEUDO_EVIDENCE', 'GUARANTEE_CERTAINTY']),
    ("Immune Shield Drip - $129\n\nPacked with high-dose vitamin C, zinc and glutathione, our Immune Shield drip boosts your body's defences so you stay healthy all season. Perfect before travel.\n\nMany of our clients say they haven't had a single cold since starting monthly drips.",
     ['DISEASE_PREVENTION_IMMUNITY', 'TESTIMONIAL']),
    ("Say goodbye to fatigue and brain fog! Our Myers' Cocktail delivers vitamins straight to your bloodstream for instant energy and a stronger immune system. Walk-ins welcome. Book your drip today and get 20% off your first visit.",
     ['DISEASE_PREVENTION_IMMUNITY', 'PRICE_INDUCEMENT']),
    ('Reverse hair loss without surgery\n\nOur exosome hair restoration uses billions of growth factors to wake up dormant follicles. 9 out of 10 patients see thicker hair in 12 weeks. Safe, natural and pain-free.',
     ['CURE_TREATMENT_CLAIM', 'PSEUDO_EVIDENCE', 'UNAPPROVED_PRODUCT_PROMOTION']),
    ("Dr. Kim's Longevity Program\n\nHarvard-trained Dr. Kim has helped thousands of patients turn back their biological clock. Our proprietary protocol combines NAD+, peptides and stem cells to reverse aging at the cellular level. Only 10 spots available this month.",
     ['ANTI_AGING_REJUVENATION', 'URGENCY_SCARCITY']),
    ('Athletes trust our recovery IV\n\nUsed by pro footballers and Olympic sprinters, our Recovery Max drip flushes lactic acid, repairs muscle and gets you back in the game faster. Nothing on the banned list - 100% WADA safe.',
     ['CELEBRITY_ATHLETE_ENDORSEMENT', 'PERFORMANCE_RECOVERY', 'DOPING_RISK']),
    ('Ozempic & Wegovy online - no GP needed\n\nGet prescribed in 24 hours and lose up to 15% of your body weight. Fast delivery, discreet packaging. Limited stock - order today!',
     ['PRESCRIPTION_ONLY_PROMOTION', 'WEIGHT_LOSS_CLAIM', 'URGENCY_SCARCITY']),
    ("The Science of Staying Young\n\nAt Vitality Lab, we combine NAD+, glutathione and peptide therapy to switch on your longevity genes. Our members report sharper focus, better sleep and younger-looking skin within weeks. Don't let age slow you down - join today and get your first infusion free.",
     ['PSEUDO_EVIDENCE', 'TESTIMONIAL', 'ANTI_AGING_REJUVENATION', 'PRICE_INDUCEMENT']),
    ("Knee pain? There's a better way.\n\nSkip the surgeon. Our regenerative injections use your body's own stem cells to rebuild worn cartilage. Most patients are back on the golf course within a month. Call now - consultations are filling up fast.",
     ['CURE_TREATMENT_CLAIM', 'DISCOURAGES_STANDARD_CARE']),
    ('Tired of feeling tired? Our Energy Boost IV is packed with B vitamins and amino acids that fight fatigue from the inside out. Clients say they feel the difference within 30 minutes! Trusted by busy professionals and top athletes across Manchester. Book online today - first-timers save 25%.',
     ['DETOX_WELLNESS_VAGUE', 'PRICE_INDUCEMENT']),
    ('Exosome Hair Regrowth - Results You Can See\n\nOur advanced exosome therapy stimulates dormant follicles and regrows thinning hair in as little as 8 weeks. 9 out of 10 clients see noticeable thickening. Safe, drug-free and suitable for men and women. Limited appointments available this month.',
     ['CURE_TREATMENT_CLAIM', 'PSEUDO_EVIDENCE', 'UNAPPROVED_PRODUCT_PROMOTION', 'URGENCY_SCARCITY']),
]


@pytest.mark.parametrize("text", NEUTRAL_DOCUMENTS)
def test_neutral_document_is_not_charged(text):
    assert not audit_text(text, lang="en").findings, explain(text)


@pytest.mark.parametrize("text, categories", AD_DOCUMENTS)
def test_ad_document_is_charged_with_its_categories(text, categories):
    found = {f.category for f in audit_text(text, lang="en").findings}
    assert set(categories) <= found, explain(text)


# --- a negation that runs into a claim's words ---------------------------------------------------

@pytest.mark.parametrize("text, category", [
    ("Our exosome preparation is not approved by the FDA.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Our exosome treatments are not approved by the FDA and are offered as part of a research protocol.",
     "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Our stem cell therapy is not yet approved in the UK.", "FALSE_APPROVAL_CLAIM"),
    ("Exosome therapy has yet to be proven to reverse ageing.", "ANTI_AGING_REJUVENATION"),
])
def test_a_disclosure_that_a_product_is_not_approved_negates(text, category):
    assert set(statuses(text, category)) == {"negated"}, explain(text)


def test_a_negation_opening_outside_a_claim_is_kept_one_inside_is_not():
    from analyzer.context import Cue, drop_pseudo_and_inner

    leads_in = Cue("negated", "both", None, 3, 6, "is not approved")  # the claim is "approved by the FDA" (5-9)
    inside = Cue("negated", "forward", 6, 5, 6, "no")  # "no side effects" (5-8) is a claim
    report = Cue("reported", "both", 14, 3, 6, "drip bars")
    assert drop_pseudo_and_inner([leads_in, inside, report], [(5, 9)]) == [leads_in]


@pytest.mark.parametrize("text, category, expected", [
    ("We're not allowed to say it cures cancer, but our patients' scans speak for themselves.",
     "CURE_TREATMENT_CLAIM", "asserted"),
    ("Our stem cell therapy is not yet approved in the UK, but it is the safest option.", "SAFETY_ABSOLUTE", "asserted"),
    ("No one in the Valley has more experience with stem cells than our team.", "SUPERLATIVE_COMPARATIVE", "asserted"),
])
def test_wink_and_contrast_keep_the_claim(text, category, expected):
    assert expected in statuses(text, category), explain(text)


def test_handling_advice_is_no_safety_claim():
    assert not audit_text("Ask the nurse about the safest way to dispose of used needles.", lang="en").findings


# --- quotations and reporting verbs: a journalist quoting a clinic vs the ad speaking ----------------

QUOTING_A_CLINIC = [
    '"Our drip cures hangovers in 45 minutes," the owner told a reporter, standing beside a row of reclining chairs.',
    '"This is the safest procedure we offer," the surgeon said, a week before the patient was admitted to intensive care.',
    'The founder insisted that the injections were "completely natural and 100% safe".',
    "According to the lawsuit, staff told patients that stem cells would \"regrow\" their damaged knees.",
    'Her doctor had promised that she would "look ten years younger by Christmas", she said.',
    'The company\'s chief executive described the product as "the future of anti-ageing".',
    'In a statement, the clinic said its treatments were "backed by science" and administered by qualified nurses.',
    'Several reviews on the clinic\'s Google page claim the drips "cured" long Covid.',
    'The video, which has 3 million views, shows a woman saying the drip "melted" 10 kg in a month.',
    'The app sends users messages such as "You\'re only 3 sessions away from a new you!"',
    'Posters in the clinic\'s window read "Lose a stone in a month" and "No diet needed".',
    'The investigation found clinics selling "immune boosters" for £200 a session.',
    'Patients were shown a leaflet claiming the treatment had a "98% success rate".',
    'The influencer\'s caption read: "Best decision ever, my skin has never looked better #gifted".',
    'The inspectors said the clinic\'s claim to be "the UK\'s leading provider" could not be verified.',
    'Critics point out that terms like "clean", "natural" and "detox" have no legal meaning.',
    'In 2023 the firm paid a settlement after advertising that its drips could "prevent the flu".',
    'The documentary follows three women who were told their cancer could be "cured naturally" with vitamin drips.',
    'We asked the clinic what evidence supported its claim that NAD+ "reverses cellular ageing". It did not reply.',
    'The ad promised "guaranteed results in 14 days", which the panel said was misleading.',
    "Experts say NAD+ levels in our bodies fall with age and that drips can restore youthful energy.",
    '"It changed my life," said Rachel, 34, who paid £3,000 for the stem cell injections that cured her arthritis.',
]


@pytest.mark.parametrize("text", QUOTING_A_CLINIC)
def test_a_story_quoting_a_clinic_is_not_charged(text):
    assert not audit_text(text, lang="en").findings, explain(text)


@pytest.mark.parametrize("text, category", [
    ('"I\'ve never felt better," says Rachel, one of our happy clients.', "TESTIMONIAL"),
    ('Experts call NAD+ the "fountain of youth" - now available at our clinic.', "ANTI_AGING_REJUVENATION"),
    ('As featured in Tatler: "London\'s most exclusive IV lounge".', "SUPERLATIVE_COMPARATIVE"),
    ("Our clients describe the results as \"life-changing\".", "TESTIMONIAL"),
    ("Our medical director says the treatment is completely safe.", "SAFETY_ABSOLUTE"),
    ('Feel "reborn" after our signature detox infusion.', "DETOX_WELLNESS_VAGUE"),
])
def test_the_ad_relaying_praise_is_asserted(text, category):
    assert "asserted" in statuses(text, category), explain(text)


def test_none_has_shown_negates():
    text = "Studies in people have been small, and none has shown that NAD+ drips slow ageing."
    assert set(statuses(text, "ANTI_AGING_REJUVENATION")) == {"negated"}, explain(text)


@pytest.mark.parametrize("text, category, expected", [
    ("Our survey of 500 readers found that most of them believed IV drips boost immunity.", "DISEASE_PREVENTION_IMMUNITY", "reported"),
    ("Many people still believe detox drips flush toxins from the liver.", "DETOX_WELLNESS_VAGUE", "reported"),
    ("We believe our drip is the best in London.", "SUPERLATIVE_COMPARATIVE", "asserted"),
    ("Our patients think we are the best clinic in London.", "SUPERLATIVE_COMPARATIVE", "asserted"),
])
def test_third_person_belief_reports_the_ads_own_belief_asserts(text, category, expected):
    assert set(statuses(text, category)) == {expected}, explain(text)


@pytest.mark.parametrize("text, category", [
    ("Nine out of ten of our patients reported less knee pain after three sessions.", "TESTIMONIAL"),
    ("9/10 clients said their skin looked visibly younger after one facial.", "ANTI_AGING_REJUVENATION"),
    ("The majority of our patients tell us they sleep better after their first drip.", "TESTIMONIAL"),
    ("2,000+ patients have told us our stem cell therapy gave them their mobility back.", "TESTIMONIAL"),
    ("Hundreds of patients say our NAD+ drip cured their chronic fatigue.", "CURE_TREATMENT_CLAIM"),
    ("Customers report feeling 10 years younger after our exosome facial.", "ANTI_AGING_REJUVENATION"),
    ("Patients report that our ozone therapy cleared their Lyme disease.", "CURE_TREATMENT_CLAIM"),
    ("Clients often tell us the drip is the best hangover cure in London.", "SUPERLATIVE_COMPARATIVE"),
])
def test_counted_or_voiced_customers_reports_are_the_ads_claims(text, category):
    assert "asserted" in statuses(text, category), explain(text)


@pytest.mark.parametrize("text, category", [
    ("We considered consumers would understand the ad to mean that the treatment had been proven to reverse ageing.",
     "ANTI_AGING_REJUVENATION"),
    ("They promise to banish a hangover in under an hour.", "CURE_TREATMENT_CLAIM"),
    ("The truth about 'hangover drips'", "DETOX_WELLNESS_VAGUE"),
])
def test_a_regulators_reading_a_third_partys_promise_and_a_headline_report(text, category):
    found = statuses(text, category)
    assert found and "asserted" not in found, explain(text)


def test_an_ads_own_promise_is_asserted():
    assert "asserted" in statuses("We promise our drip will banish your hangover in under an hour.", "CURE_TREATMENT_CLAIM")


def test_a_benefit_figure_is_still_pseudo_evidence():
    assert "asserted" in statuses("98% of our clients reported no side effects.", "PSEUDO_EVIDENCE")


@pytest.mark.parametrize("text, category", [
    ("We help people with arthritis live pain-free with our stem cell injections.", "CURE_TREATMENT_CLAIM"),
    ("Patients treated with our stem cells walk pain-free within weeks.", "CURE_TREATMENT_CLAIM"),
    ('In the words of one of our clients: "Best decision I ever made!"', "TESTIMONIAL"),
    ("Discover the promise of younger-looking skin with our exosome facial.", "ANTI_AGING_REJUVENATION"),
])
def test_label_and_trial_wording_in_the_ads_own_voice_stays_charged(text, category):
    assert "asserted" in statuses(text, category), explain(text)
