"""Readings added in session 19 after measuring the analyzer on real pages (news, critiques, research
abstracts, health bodies, clinic pages), which our own gold sets had not shown:

- a page that speaks of its subject as a critic does, in two different words of status "critique"
  ("overhyped", "snake oil", "no good evidence", "critics say", "the FDA warns"), reads as a report
  (``report_genre.min_critique``): an ad never calls what it sells so;
- reported trends and hearsay ("have gained popularity as", "I also hear it can", "having read
  that", "has been hotly debated", "shared her experience"), research voice ("The purpose of this
  study was", "In rodents,"), a claim denied after it ("is not yet supported", "studies have shown
  there is no benefit"), and words that name no claim ("those who swear by it", "detoxing from
  alcohol", "hard-to-treat", "surgeons treating people with …", "No FDA-approved product exists");
- in Japanese: 「…が話題だ」 (a trend reported), 「…とまでは言えない」 (denied), 「…と思い込んでいる」,
  a review article (レビュー論文), a news site's アクセスランキング, 「…を用意しているクリニックもあります」;
- and the sellers' wording the real pages showed that the lexicons missed ("a reduced risk of heart
  disease", "the most efficient way", "a cutting-edge medical treatment", "a safe and simple
  procedure", "well-documented", 「安全性は確保されている」「先進的な治療法」「有効性が確認されています」).

Each reading is checked both ways: the construction is not charged, and the advertiser's own
wording stays charged. Every sentence here was written for this file (the real pages were only
measured, never copied)."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, english_claims_of, explain, explain_english

CHARGED = [
    ("Our NAD+ drip boosts cellular energy and reverses ageing. Book today.", "ANTI_AGING_REJUVENATION", "en"),
    ("Our clients swear by the Glow drip.", "TESTIMONIAL", "en"),
    ("Kylie Jenner swears by our Glow drip.", "CELEBRITY_ATHLETE_ENDORSEMENT", "en"),
    ("Our 3-day detox drip flushes out toxins.", "DETOX_WELLNESS_VAGUE", "en"),
    ("Our stem cell treatment is 100% safe.", "SAFETY_ABSOLUTE", "en"),
    ("Our BPC-157 is FDA-approved.", "FALSE_APPROVAL_CLAIM", "en"),
    ("Our IV drip is a quick fix for hangover recovery.", "DETOX_WELLNESS_VAGUE", "en"),
    ("It can help reduce joint pain.", "CURE_TREATMENT_CLAIM", "en"),
    ("Our stem cells treat Parkinson's, a disease that is notoriously difficult to treat.", "CURE_TREATMENT_CLAIM", "en"),
    ("当院のGLP-1ダイエットで、1か月マイナス5kg。", "WEIGHT_LOSS_CLAIM", "ja"),
    ("SNSで話題の白玉点滴が、今だけ半額！", "PRICE_INDUCEMENT", "ja"),
    ("当院の幹細胞点滴は絶対安全です。", "SAFETY_ABSOLUTE", "ja"),
    # the sellers' wording real pages showed, which the lexicons missed
    ("Semaglutide brings significant weight loss and a reduced risk of diabetes and heart disease.",
     "DISEASE_PREVENTION_IMMUNITY", "en"),
    ("Tirzepatide protects heart function and blood vessel structure.", "DISEASE_PREVENTION_IMMUNITY", "en"),
    ("NAD+ IV therapy is the most efficient way to restore your energy.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("Exosome therapy is a cutting-edge medical treatment for hair loss.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("Profhilo is the perfect rejuvenating treatment for tired skin.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("Botox is a safe and simple procedure.", "SAFETY_ABSOLUTE", "en"),
    ("Botox has been used safely since the 1990s.", "SAFETY_ABSOLUTE", "en"),
    ("Ozone's antimicrobial ability is well-documented.", "PSEUDO_EVIDENCE", "en"),
    ("Health Canada has recently approved the use of exosomes in aesthetic medicine.", "FALSE_APPROVAL_CLAIM", "en"),
    ('"Wonderful team and results." - Sarah, 44', "TESTIMONIAL", "en"),
    ("エクソソーム点滴の安全性は確保されているので、過度な心配はありません。", "SAFETY_ABSOLUTE", "ja"),
    ("切らない治療の中では最もリフトアップ効果は高いです。", "SUPERLATIVE_COMPARATIVE", "ja"),
    ("NAD+点滴は先進的な治療法です。", "SUPERLATIVE_COMPARATIVE", "ja"),
    ("がん治療の新たな補助療法として有効性が確認されています。", "PSEUDO_EVIDENCE", "ja"),
    ("当院では初回お試しプランをご用意しています。", "PRICE_INDUCEMENT", "ja"),
    # third round: common ad phrasing the real sellers' pages used
    ("No complications or side effects have been reported with our exosome treatment.", "SAFETY_ABSOLUTE", "en"),
    ("After exosome treatment, patients will have thicker and healthier hair.", "GUARANTEE_CERTAINTY", "en"),
    ("Exosomes give quicker onset and more robust hair growth than PRP.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("Semaglutide works without stimulants and is non-addictive.", "SAFETY_ABSOLUTE", "en"),
    ("We know that cryotherapy works.", "GUARANTEE_CERTAINTY", "en"),
    ("Compounded hormones are safer and more effective than synthetic hormones.", "SAFETY_ABSOLUTE", "en"),
    ("Ketamine offers complete resolution of depression in a single session.", "GUARANTEE_CERTAINTY", "en"),
    ("Colon hydrotherapy is a benign and stress-free process.", "SAFETY_ABSOLUTE", "en"),
    ("Profhilo is an excellent choice for crepey neck skin.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("Cryotherapy cures chronic medical conditions.", "CURE_TREATMENT_CLAIM", "en"),
    ("You will feel the benefits from just one session.", "GUARANTEE_CERTAINTY", "en"),
    ("Exosomes give tremendous results for hair loss.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("Chiropractic adjustments give 200 percent greater immune function.", "PSEUDO_EVIDENCE", "en"),
    ("Red light therapy makes skin cells grow 150 to 200 percent faster.", "PSEUDO_EVIDENCE", "en"),
    ("This Las Vegas Bus Will Cure Your Hangover!", "CURE_TREATMENT_CLAIM", "en"),
    # seventh round: recall of real sellers' pages (Australia, New Zealand, South Africa, India, Canada)
    ("Stem cell therapy is equally safe and efficacious.", "SAFETY_ABSOLUTE", "en"),
    ("Wegovy helps you achieve significant results safely and sustainably.", "SAFETY_ABSOLUTE", "en"),
    ("High-dose vitamin C kills cancer cells while healthy cells remain unharmed.", "SAFETY_ABSOLUTE", "en"),
    ("Panchakarma can cure almost any disease.", "CURE_TREATMENT_CLAIM", "en"),
    ("Chelation is very safe: not one death in 500,000 patients.", "SAFETY_ABSOLUTE", "en"),
    ("Strong scientific evidence supports red light therapy for pain relief.", "PSEUDO_EVIDENCE", "en"),
    ("Hyperbaric therapy does not cause any damage to the body.", "SAFETY_ABSOLUTE", "en"),
    ("Acai has 10 times more antioxidants than blueberries.", "PSEUDO_EVIDENCE", "en"),
    ("Ultherapy is the only non-invasive medical device that can penetrate the deepest layers.",
     "SUPERLATIVE_COMPARATIVE", "en"),
    ("幹細胞治療によって痛みを完全に克服しました。", "GUARANTEE_CERTAINTY", "ja"),
    ("Studies have revealed that stem-cell exosomes promote cellular regeneration.", "PSEUDO_EVIDENCE", "en"),
    ("Safe, effective and natural: our stem cell therapy.", "SAFETY_ABSOLUTE", "en"),
    ("Tirzepatide is a revolutionary medication for weight loss.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("多くの論文で明らかになっています。", "PSEUDO_EVIDENCE", "ja"),
    ("アトピー性皮膚炎を完治させる治療法を確立しました。", "GUARANTEE_CERTAINTY", "ja"),
    # the advertiser's own wording next to the fourth round's readings stays charged
    ("Our drip is a popular method to cure hangovers.", "CURE_TREATMENT_CLAIM", "en"),
    ("Our promise is simple: our drip cures your hangover.", "CURE_TREATMENT_CLAIM", "en"),
    ("Due to the popularity of our NAD+ drip, which reverses ageing, book early.", "ANTI_AGING_REJUVENATION", "en"),
    ("For clients hoping to lose weight, our programme melts fat.", "WEIGHT_LOSS_CLAIM", "en"),
    ("Our exosome facial is generating serious buzz. It reverses ageing.", "ANTI_AGING_REJUVENATION", "en"),
    ("Our NAD+ drip increases energy and improves mood.", "DETOX_WELLNESS_VAGUE", "en"),
    ("当院のNMN点滴は若返りに効果的です。", "ANTI_AGING_REJUVENATION", "ja"),
    ("Our exosome facial is your fountain of youth.", "ANTI_AGING_REJUVENATION", "en"),
    ("Love this clinic, they sell the best drips in town and my hangover was cured.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("当院は日本で唯一の幹細胞クリニックです。", "SUPERLATIVE_COMPARATIVE", "ja"),
    ("NAD+点滴はNMNを超える若返り治療です。", "SUPERLATIVE_COMPARATIVE", "ja"),
    ("骨盤を整えると自己免疫力・修復力が働きだします。", "DISEASE_PREVENTION_IMMUNITY", "ja"),
    ("水素吸入で80%以上の患者の病状が好転しました。", "PSEUDO_EVIDENCE", "ja"),
    ("3人に2人は効果を実感しています。", "PSEUDO_EVIDENCE", "ja"),
    ("点滴での治療が最適です。", "SUPERLATIVE_COMPARATIVE", "ja"),
    ("矯正を受けることで、これらの症状やお悩みは無くなります。", "GUARANTEE_CERTAINTY", "ja"),
]

NOT_CHARGED = [
    # a critic's page: two words of critique make it a report
    ("NAD+ boosts cellular energy and reverses ageing. Critics say the claims are overhyped.",
     "ANTI_AGING_REJUVENATION", "en"),
    # trends and hearsay reported
    ("IV drips have gained popularity as a quick fix for hangover recovery.", "DETOX_WELLNESS_VAGUE", "en"),
    ("I also hear it can help reduce joint pain. Is that true?", "CURE_TREATMENT_CLAIM", "en"),
    ("Patients arrive having read that NAD+ reverses aging and cures addiction.", "ANTI_AGING_REJUVENATION", "en"),
    ("The use of stem cells to treat Parkinson's has been hotly debated for years.", "CURE_TREATMENT_CLAIM", "en"),
    ("One reader shared her positive experience with a hangover drip that cured her headache.",
     "DETOX_WELLNESS_VAGUE", "en"),
    ("The agency took action against clinics that market ozone therapy for treating cancer.",
     "CURE_TREATMENT_CLAIM", "en"),
    # research voice
    ("The purpose of this study was to determine whether PRP injections are safe for knee arthritis. "
     "PRP injections relieved knee pain at six months.", "CURE_TREATMENT_CLAIM", "en"),
    ("In rodents, the molecule restores muscle strength and reverses ageing.", "ANTI_AGING_REJUVENATION", "en"),
    # a claim denied after it
    ('The leap to "reverses aging in humans" is not yet supported.', "ANTI_AGING_REJUVENATION", "en"),
    ("For HIV, although ozone kills the virus in a dish, well-designed studies have shown there is no benefit "
     "for patients.", "DISEASE_PREVENTION_IMMUNITY", "en"),
    # words that name no claim
    ("From those who swear by it and those who swear it off, IV hydration gets attention.",
     "CELEBRITY_ATHLETE_ENDORSEMENT", "en"),
    ("Detoxing from alcohol is a real medical treatment that needs supervision.", "DETOX_WELLNESS_VAGUE", "en"),
    ("No FDA-approved product exists for any of these peptides.", "FALSE_APPROVAL_CLAIM", "en"),
    ("Orthopaedic surgeons treating people with knee arthritis are increasingly interested in PRP.",
     "CURE_TREATMENT_CLAIM", "en"),
    ("Knee osteoarthritis remains a hard-to-treat degenerative disease.", "CURE_TREATMENT_CLAIM", "en"),
    # Japanese
    ("近年、GLP-1ダイエットが話題になっています。しかし、本来は糖尿病の治療薬です。", "WEIGHT_LOSS_CLAIM", "ja"),
    ("注射で食欲を抑えて体重を減らす「GLP-1ダイエット」がSNSで話題だ。", "PRESCRIPTION_ONLY_PROMOTION", "ja"),
    ("絶対安全ですよ、とまでは言えない。", "SAFETY_ABSOLUTE", "ja"),
    ("9割の人が自分の買った薬だけは本物だと思い込んでいるのです。", "PSEUDO_EVIDENCE", "ja"),
    ("最新のレビュー論文から、NMNの安全性を解説します。", "TESTIMONIAL", "ja"),
    ("アクセスランキングトップ10", "SUPERLATIVE_COMPARATIVE", "ja"),
    ("少なくとも、絶対安全ですよっていうことは言えないので。", "SAFETY_ABSOLUTE", "ja"),
    ("初回お試しプランや定期配送割引を用意しているクリニックもあります。", "PRICE_INDUCEMENT", "ja"),
    # second round: page furniture, classes of products, research voice, others' practice
    ("Toll-Free 24/7 (866) 555-0100", "TESTIMONIAL", "en"),
    ("FDA Approved vs. Compounded Bioidentical Hormones", "FALSE_APPROVAL_CLAIM", "en"),
    ("Many FDA approved products used in clinical practice are bioidentical.", "FALSE_APPROVAL_CLAIM", "en"),
    ("An honest stocktake: no medication and no supplement is yet proven to extend lifespan in humans.",
     "ANTI_AGING_REJUVENATION", "en"),
    ("Although further research and well-designed randomized clinical trials are needed, PRP is used in the "
     "treatment of osteoarthritis.", "CURE_TREATMENT_CLAIM", "en"),
    ("SARMs have been studied as potential treatments for cancer, osteoporosis and muscle wasting.",
     "CURE_TREATMENT_CLAIM", "en"),
    ("Some doctors are advocating for these therapies as cure-all remedies.", "CURE_TREATMENT_CLAIM", "en"),
    ("SARMs are becoming increasingly popular as performance-enhancing supplements.", "PERFORMANCE_RECOVERY", "en"),
    ("This Las Vegas Bus Will Cure Your Hangover (Allegedly)", "CURE_TREATMENT_CLAIM", "en"),
    ("Some HBOT facilities market it as a cure-all for ageing.", "CURE_TREATMENT_CLAIM", "en"),
    ("The theory behind using chelation therapy for heart disease is that the drug binds calcium.",
     "CURE_TREATMENT_CLAIM", "en"),
    ("Offices are selling these treatments with the hopes of restoring hair growth.", "CURE_TREATMENT_CLAIM", "en"),
    # guards the third round's entries keep: a recall notice, a public-health line, a trial result, others' few
    ("To date, no adverse events have been reported. Patients should stop using the affected vials.",
     "SAFETY_ABSOLUTE", "en"),
    ("Vaccination remains the most reliable way to protect children from measles.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("The drug reduced the risk of heart attack and stroke by 20% compared with placebo.",
     "DISEASE_PREVENTION_IMMUNITY", "en"),
    ("A few patients notice smoother skin texture after a course of microneedling; others see little change.",
     "GUARANTEE_CERTAINTY", "en"),
    ("Smokers had a 20 percent greater risk of stroke.", "PSEUDO_EVIDENCE", "en"),
    ("Our hyperbaric unit treats conditions approved by the national society, such as radiation injury.",
     "CURE_TREATMENT_CLAIM", "en"),
    # Japanese
    ("医薬品や医療機器には、厚生労働省が承認しているものと、承認をしていないものがあります。", "FALSE_APPROVAL_CLAIM", "ja"),
    ("厚生労働省が認めた効能・効果・用法・用量以外で薬を使うこと。", "FALSE_APPROVAL_CLAIM", "ja"),
    ("変形した軟骨を再生する明確なエビデンスは現時点ではない。", "CURE_TREATMENT_CLAIM", "ja"),
    ("最近の研究ではPRPを用いても軟骨を再生することはかなり難しいことが分かってきました。", "CURE_TREATMENT_CLAIM", "ja"),
    # fourth round (news and health-body pages): trends, others' marketing, research grades, advice
    ("The vitamin infusion trend has become a widely popular method to cure hangovers.", "CURE_TREATMENT_CLAIM", "en"),
    ("They market special cocktails for everything from boosting immunity to curing hangovers.",
     "DISEASE_PREVENTION_IMMUNITY", "en"),
    ("The core premise is 100% absorption, bypassing the digestive system.", "PSEUDO_EVIDENCE", "en"),
    ("The popularity of botox has increased because of its ability to smooth out wrinkles.",
     "ANTI_AGING_REJUVENATION", "en"),
    ("Underneath minimalistic names like Detox and Cleanse, descriptions help narrow the choices.",
     "DETOX_WELLNESS_VAGUE", "en"),
    ("Someone at her gym swore by IV drip bars.", "CELEBRITY_ATHLETE_ENDORSEMENT", "en"),
    ("The market size was valued at USD 3.05 billion in 2024.", "PRICE_INDUCEMENT", "en"),
    ("The two highest quality reviews reached different conclusions.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("Ask for a selection of before and after photographs before you book.", "BEFORE_AFTER", "en"),
    ("「ビフォーアフター写真の加工」「体験談の掲載」はNG。", "BEFORE_AFTER", "ja"),
    ("「無理なく体重が落ちる」といった口コミから、試してみたいと思っている方も多いでしょう。", "TESTIMONIAL", "ja"),
    ("論文抄録 症例報告 美容外科において角膜にヒアルロン酸が誤注入された1例", "BEFORE_AFTER", "ja"),
    ("国立長寿医療研究センター眼科", "ANTI_AGING_REJUVENATION", "ja"),
    # fifth round: possibilities, intentions, others' promises, a word's use; ja 可能性, わけではない, ブーム
    ("Potential benefits include: increased energy and endurance, better mood and improved sexual function.",
     "DETOX_WELLNESS_VAGUE", "en"),
    ("The aim of these additions is to support immune health, increase energy levels and improve mood.",
     "DETOX_WELLNESS_VAGUE", "en"),
    ("Numerous treatments promising to rewind the clock have targeted older adults.", "ANTI_AGING_REJUVENATION", "en"),
    ("Botox is a brand name that has become a synonym for anti-aging treatments.", "ANTI_AGING_REJUVENATION", "en"),
    ("NMNによる若返りの可能性と科学的根拠", "ANTI_AGING_REJUVENATION", "ja"),
    ("NMNは“即効性の若返り薬”というわけではないのです。", "ANTI_AGING_REJUVENATION", "ja"),
    ("一方、老化を防ぐ方法としてセレブを中心にブームとなっているのがNMNだ。", "ANTI_AGING_REJUVENATION", "ja"),
    # sixth round: hopes, open questions, what people call things, idioms and myths
    ("There are expectations that stem cell therapy will treat many currently untreatable diseases.",
     "CURE_TREATMENT_CLAIM", "en"),
    ("Research institutes are investigating how stem cells can offer new therapies to treat degenerative diseases.",
     "CURE_TREATMENT_CLAIM", "en"),
    ("Cosmetic injectables are colloquially referred to as treatments that remove wrinkles.",
     "ANTI_AGING_REJUVENATION", "en"),
    ("Technology never fails to amaze, but the elusive fountain of youth remains out of reach.",
     "GUARANTEE_CERTAINTY", "en"),
    ("Technology never fails to amaze, but the elusive fountain of youth remains out of reach.",
     "ANTI_AGING_REJUVENATION", "en"),
    ("アトピーが治りましたよ、という線引きは非常に困難です。", "CURE_TREATMENT_CLAIM", "ja"),
    ("日本で唯一認可されているAGA内服薬であるプロペシア。", "SUPERLATIVE_COMPARATIVE", "ja"),
    # guards for the Japanese recall entries: amounts, a rule's volume, a failed trial, a share of harms
    ("100万円を超える治療費がかかることもある。", "SUPERLATIVE_COMPARATIVE", "ja"),
    ("12時間で合計100mLを超える点滴は、病院での治療などの例外を除いて禁止されています。", "SUPERLATIVE_COMPARATIVE", "ja"),
    ("追加の試験でプラセボを上回る効果が示されず、販売承認が取り下げられた。", "SUPERLATIVE_COMPARATIVE", "ja"),
    ("80%以上の患者が副作用を経験した。", "PSEUDO_EVIDENCE", "ja"),
    ("Smokers are 10 times more likely to develop lung cancer.", "PSEUDO_EVIDENCE", "en"),
    ("薬の効果が完全に消失し、抜け毛が明らかに増加します。", "GUARANTEE_CERTAINTY", "ja"),
]


@pytest.mark.parametrize("text, category, lang", CHARGED)
def test_the_advertisers_wording_is_charged(text, category, lang):
    assert category in claim_findings_in(text, lang), explain(text, lang)


@pytest.mark.parametrize("text, category, lang", NOT_CHARGED)
def test_the_construction_is_not_charged(text, category, lang):
    assert category not in claim_findings_in(text, lang), explain(text, lang)


def test_one_word_of_critique_does_not_make_a_report():
    """Two different words are needed: an ad may say "Don't be fooled by overhyped drips" once
    and still assert its own claims."""
    text = "Don't settle for overhyped drips. Our NAD+ drip reverses ageing."
    assert "ANTI_AGING_REJUVENATION" in claim_findings_in(text), explain_english(text)


def test_a_critics_page_reads_its_claims_as_reported():
    """The claims a critic names without a cue of their own ("NAD+ reverses ageing" as the subject
    of the piece) are mentions in a report, with that reason as their cue."""
    text = "NAD+ reverses ageing and melts fat. It is snake oil: there is little evidence to support their use."
    claims = english_claims_of(text)
    assert {c.category for c in claims} >= {"ANTI_AGING_REJUVENATION", "WEIGHT_LOSS_CLAIM"}, explain_english(text)
    assert {(c.assertion, c.cues) for c in claims} == {("reported", ("named in a report",))}, explain_english(text)


def test_one_word_in_two_forms_is_one_word_of_critique():
    """"controversies" and "controversial" are one word written twice: a clinic page that admits the
    controversy and then promises a cure stays charged (a real stem-cell page did so)."""
    text = ("Stem cell therapy has its controversies and is controversial. "
            "Stem cells reverse the damage of autism and restore lost functions.")
    assert "CURE_TREATMENT_CLAIM" in claim_findings_in(text), explain_english(text)
