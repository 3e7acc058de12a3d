"""Readings added in session 20 after measuring the analyzer on a sixth batch of real pages (and the
earlier five): what a careful reader takes from the page's apparatus and from who is speaking.

- A page with a scholarly apparatus - a p-value, a confidence interval, a sample size, numbered
  references, a DOI or PMID; in Japanese 参考文献 or [n] - is laid out as a study or a referenced
  article (``report_layout``): its cue-less claims are mentions unless the advertiser names itself.
- Words that describe rather than sell: a medicine's licence, cover or fashion ("approved for weight
  loss", "insurance coverage for weight loss"), when a follow-up is due ("within 2-3 weeks post
  treatment"), a chamber's pressure, a science or a trade ("longevity pathways", "longevity
  podcasts"), biology explained ("essential for cellular function", "convert food into cellular
  energy", "the enzymes that repair DNA"), who vouches ("Proponents tout", "promoted for everything
  from", "The marketing claims are …:", "Some consumers swear by"); in Japanese an article's byline
  (医師監修記事, 【医師監修】), a season's greeting (今年も残り少なくなりましたが),
  a denial after the claim (安全性の確立が不十分), a journal's report (…と米科学誌で発表した) and a field's
  attention (…の分野で注目を集めている).
- Rules that fired on more real non-violating pages than violating ones, and never alone on a
  violating one, now need the advertiser's voice: a bare "hangover", "cellular energy" and
  "numerous studies" (en),
  老化を防ぐ with no product or advertiser (ja); a GLP-1 name next to "from", "pricing" or
  "prescription" is how news and price guides write (a price after "from" stays charged); a
  journal's apparatus ("Journal homepage", "Corresponding author") lays the page out as a paper.

A page reads as a report, too, when at least three of its sentences hold a reporting cue and they
are at least twice its asserted claims (``report_genre.min_reporting_sentences``): counted from the
cues, so an entry that stops matching a reported claim no longer turns the page's other claims
asserted again.

Each reading is checked both ways: the construction is not charged, and the advertiser's own wording
next to it stays charged. Every sentence was written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, english_claims_of, explain

CHARGED = [
    # the apparatus does not clear an ad that names itself, nor a seller citing PubMed or a survey
    ("Our NAD+ drip reverses ageing [1]. Book your session today.", "ANTI_AGING_REJUVENATION", "en"),
    ("As published on PubMed, our stem cell therapy cures arthritis.", "CURE_TREATMENT_CLAIM", "en"),
    ("当院のGLP-1ダイエットで、1か月でマイナス5kg[1]。ご予約はこちら。", "WEIGHT_LOSS_CLAIM", "ja"),
    ("NMN点滴で細胞から若返る。キャンペーン実施中！\n参考文献\n1. 老化研究誌 2023年", "ANTI_AGING_REJUVENATION", "ja"),
    ("出典：〇〇リサーチ調べ。当院の白玉点滴は満足度No.1です。", "SUPERLATIVE_COMPARATIVE", "ja"),
    # the seller's own wording beside each exclusion
    ("Our semaglutide program is perfect for weight loss. Book now.", "WEIGHT_LOSS_CLAIM", "en"),
    ("Results at 6 weeks post treatment.", "BEFORE_AFTER", "en"),
    ("Our hyperbaric chamber delivers 3 times higher oxygen levels than other clinics.", "PSEUDO_EVIDENCE", "en"),
    ("Our NAD+ drip supports longevity and healthy ageing.", "ANTI_AGING_REJUVENATION", "en"),
    ("Our NAD+ drip boosts cellular energy.", "DETOX_WELLNESS_VAGUE", "en"),
    ("Our NAD+ drip repairs damaged DNA.", "PSEUDO_EVIDENCE", "en"),
    ("Our drip bypasses the digestive system for total absorption.", "PSEUDO_EVIDENCE", "en"),
    ("Kim Kardashian swears by our Glow drip.", "CELEBRITY_ATHLETE_ENDORSEMENT", "en"),
    ("医師監修のサプリで、毎日の健康をサポート。", "AUTHORITY_APPEAL", "ja"),
    ("皮膚科専門医が監修した美容液です。", "AUTHORITY_APPEAL", "ja"),
    ("キャンペーン枠は残り少なくなりました。お早めにご予約ください。", "URGENCY_SCARCITY", "ja"),
    ("当院の幹細胞点滴は副作用がなく無害です。", "SAFETY_ABSOLUTE", "ja"),
    ("当院のエクソソームは安全性が確立されています。", "SAFETY_ABSOLUTE", "ja"),
    ("そして多くの場合、頭痛や肩コリ、慢性疲労などの症状も一緒に良くなって行きます。", "CURE_TREATMENT_CLAIM", "ja"),
    # round 3 (batch 7 en, and rules that fired on more real non-violating pages than violating ones)
    ("Semaglutide from $199 a month. Start today.", "PRESCRIPTION_ONLY_PROMOTION", "en"),
    ("Get your semaglutide prescription online in minutes.", "PRESCRIPTION_ONLY_PROMOTION", "en"),
    ("Ozempic and Mounjaro now available online from our UK prescribers.", "PRESCRIPTION_ONLY_PROMOTION", "en"),
    ("Hungover? Our IV drip clears a hangover in 45 minutes.", "DETOX_WELLNESS_VAGUE", "en"),
    ("当院のNMN点滴は老化を防ぐ最新の治療です。", "ANTI_AGING_REJUVENATION", "ja"),
    # recall: authority and certainty wording the real sellers' pages used
    ("Our NK cell therapy is backed by university hospital research.", "AUTHORITY_APPEAL", "en"),
    ("Our doctors say it works: energy improves after the very first IV drip.", "AUTHORITY_APPEAL", "en"),
    ("Our hormone therapy ensures long-term hormonal balance, safely.", "GUARANTEE_CERTAINTY", "en"),
    ("Botox is a safe, natural purified protein that relaxes the muscles.", "SAFETY_ABSOLUTE", "en"),
    ("It is a safe procedure using a person's own stem cells.", "SAFETY_ABSOLUTE", "en"),
    ("Lipo shots eliminate the risks associated with surgery.", "SAFETY_ABSOLUTE", "en"),
    ("Infrared saunas detoxify the body without any of the dangerous effects of other treatments.", "SAFETY_ABSOLUTE", "en"),
    ("Panchakarma can cure almost any disease without any negative side-effects.", "SAFETY_ABSOLUTE", "en"),
    ("Its biocompatibility ensures minimal risk with our exosomes.", "SAFETY_ABSOLUTE", "en"),
    ("It is the highest-leverage intervention in medicine, and our NAD+ protocol delivers it.",
     "SUPERLATIVE_COMPARATIVE", "en"),
    ("BPC-157 is the most popular healing peptide.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("Botox is an affordable alternative to surgical procedures.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("IV vitamin C strengthens cellular immunity.", "DISEASE_PREVENTION_IMMUNITY", "en"),
    ("トップアスリートも使用している酸素カプセルで、ケガの回復をサポート。", "CELEBRITY_ATHLETE_ENDORSEMENT", "ja"),
    ("英国の皇太后も愛用していたオゾン療法です。", "CELEBRITY_ATHLETE_ENDORSEMENT", "ja"),
    ("当院の幹細胞治療は安全な再生医療です。", "SAFETY_ABSOLUTE", "ja"),
    ("キレーション療法は100万人以上が受けた治療で、2000万回以上の実績があります。", "PSEUDO_EVIDENCE", "ja"),
    ("水素吸入でがんの生存率が飛躍的に伸びました。", "CURE_TREATMENT_CLAIM", "ja"),
    ("Our NAD+ drip is backed by numerous studies.", "PSEUDO_EVIDENCE", "en"),
    ('"Best decision ever." - Hiroshi, 71', "TESTIMONIAL", "en"),
    ("自腹でエクソソーム点滴を受けてきました！最高でした。", "STEALTH_ADVERTISING", "ja"),
    ("幹細胞点滴は自己組織を投与するため、拒絶反応が起こる危険性がほとんどありません。", "SAFETY_ABSOLUTE", "ja"),
    ("高濃度ビタミンC点滴は、副作用のほとんどない治療法です。", "SAFETY_ABSOLUTE", "ja"),
    ("酸素カプセルは、一流のスポーツ選手から高齢者まで幅広く使われている治療法です。", "CELEBRITY_ATHLETE_ENDORSEMENT", "ja"),
    ("当院の酸素カプセルは、サッカーの香川選手もおすすめしています。", "CELEBRITY_ATHLETE_ENDORSEMENT", "ja"),
    ("国立がん研究所とFDAの科学者達は、高濃度ビタミンC点滴の効果を認めています。", "AUTHORITY_APPEAL", "ja"),
    ("【体験談】3ヶ月で12kgの減量に成功!", "TESTIMONIAL", "ja"),
    ("当院のNMN点滴で寿命を延ばす。", "ANTI_AGING_REJUVENATION", "ja"),
    ('Sarah, 47: "My skin has never looked better."', "TESTIMONIAL", "en"),
    ("Two PRP injections later I'm back on the golf course.", "TESTIMONIAL", "en"),
    ("Learn more: our IV drip cures hangovers fast.", "CURE_TREATMENT_CLAIM", "en"),
    ("Save up to 30% on our NAD+ drips this month.", "PRICE_INDUCEMENT", "en"),
    ("95% of patients report visible results after one session.", "GUARANTEE_CERTAINTY", "en"),
    ("Our cancer prevention drip keeps you healthy.", "DISEASE_PREVENTION_IMMUNITY", "en"),
    ("Prescription weight-loss pens from just £149 a month.", "WEIGHT_LOSS_CLAIM", "en"),
    ("Book our IV team and cure your hangover before brunch.", "DETOX_WELLNESS_VAGUE", "en"),
    ("Bioidentical hormones help maintain youthful energy and slow aging.", "ANTI_AGING_REJUVENATION", "en"),
    ("水素吸入で活性酸素を一気に洗い流せます。", "DETOX_WELLNESS_VAGUE", "ja"),
    ("世界レベルのトレーナーも推薦する整体院です。", "AUTHORITY_APPEAL", "ja"),
    ("当院の来院総数はのべ12万人超えです。", "PSEUDO_EVIDENCE", "ja"),
    ("当院の鍼治療では、多くの方が1~3回ほどで肩が軽くなると実感しています。", "DETOX_WELLNESS_VAGUE", "ja"),
    ("酸素カプセルで細胞の隅々にまで酸素を供給します。", "PSEUDO_EVIDENCE", "ja"),
    ("新潟県の民間医療機関としては初めてPRP療法を導入しました。", "SUPERLATIVE_COMPARATIVE", "ja"),
    ("当院の温熱療法で免疫力は10~37%向上します。", "PSEUDO_EVIDENCE", "ja"),
    ("当院のPRP療法は信頼の技術基盤による高品質な治療です。", "SUPERLATIVE_COMPARATIVE", "ja"),
    ("Our exosome therapy signals damaged cells to repair and reduces inflammation.", "CURE_TREATMENT_CLAIM", "en"),
    ("Our cryotherapy brings improved recovery times after every workout.", "PERFORMANCE_RECOVERY", "en"),
    ("当院の点滴で血液をサラサラにして、巡りの良い体へ。", "DETOX_WELLNESS_VAGUE", "ja"),
    ("当院なら絶対に失敗しない施術をお約束します。", "GUARANTEE_CERTAINTY", "ja"),
    ("当院の口コミ・レビューはこちら。", "TESTIMONIAL", "ja"),
    ("東京大学の研究チームが開発した成分を配合した当院オリジナルの点滴です。", "AUTHORITY_APPEAL", "ja"),
    ("Our GLP-1 medical diet is the smart alternative to gastric surgery.", "WEIGHT_LOSS_CLAIM", "en"),
    ("Watch: 60-year-old Linda's transformation after 6 months of our Longevity Protocol.", "BEFORE_AFTER", "en"),
]

NOT_CHARGED = [
    ("Compared with saline, PRP injections reduced knee pain at six months (P < 0.01).", "CURE_TREATMENT_CLAIM", "en"),
    ("Semaglutide suppresses appetite and promotes weight loss.[1] Nausea is the commonest side effect.",
     "WEIGHT_LOSS_CLAIM", "en"),
    ("In the trial (n = 120), NAD+ infusions reversed biological ageing.", "ANTI_AGING_REJUVENATION", "en"),
    ("Tirzepatide is now FDA approved for weight loss.", "WEIGHT_LOSS_CLAIM", "en"),
    ("Insurance coverage for weight loss treatments such as semaglutide is patchy.", "WEIGHT_LOSS_CLAIM", "en"),
    ("Botox reviews should be booked within 2-3 weeks post treatment.", "BEFORE_AFTER", "en"),
    ("In a hyperbaric oxygen chamber the air pressure is up to three times higher than at sea level.",
     "PSEUDO_EVIDENCE", "en"),
    ("Sirtuins, central to several longevity pathways, need NAD+ to work.", "ANTI_AGING_REJUVENATION", "en"),
    ("NAD+ is essential for cellular function and repair.", "DETOX_WELLNESS_VAGUE", "en"),
    ("Mitochondria use NAD+ to convert food into cellular energy.", "DETOX_WELLNESS_VAGUE", "en"),
    ("The PARP enzymes that repair DNA damage use up NAD+.", "PSEUDO_EVIDENCE", "en"),
    ("Proponents tout NAD+ drips because they bypass the digestive system.", "PSEUDO_EVIDENCE", "en"),
    ("Vitamin drips are now promoted for everything from boosting energy to curing a hangover.", "DETOX_WELLNESS_VAGUE", "en"),
    ("Vitamin drips are now promoted for everything from boosting energy to curing a hangover.", "CURE_TREATMENT_CLAIM", "en"),
    ("The marketing claims are sweeping: more energy, mental clarity, slower ageing, better workouts, faster recovery.",
     "PERFORMANCE_RECOVERY", "en"),
    ("Some consumers swear by vitamin drips for jet lag.", "CELEBRITY_ATHLETE_ENDORSEMENT", "en"),
    ("NAD+ is critical for mitochondrial function and cellular energy.", "DETOX_WELLNESS_VAGUE", "en"),
    ("While Ozempic has become increasingly popular for weight loss, it is approved only for type 2 diabetes.",
     "WEIGHT_LOSS_CLAIM", "en"),
    ("Taking Ozempic for weight loss is still considered an off-label use.", "WEIGHT_LOSS_CLAIM", "en"),
    ("Ozempic and Wegovy contain the same semaglutide from Novo Nordisk.", "PRESCRIPTION_ONLY_PROMOTION", "en"),
    ("Semaglutide pricing depends on the brand and the pharmacy.", "PRESCRIPTION_ONLY_PROMOTION", "en"),
    ("Today many athletes and gym goers swear by cryotherapy, yet few studies back it up.",
     "CELEBRITY_ATHLETE_ENDORSEMENT", "en"),
    ("Journal homepage: www.example.org. NMN reverses ageing in old mice.", "ANTI_AGING_REJUVENATION", "en"),
    ("Hangover Heaven in Las Vegas runs a bus where customers get IV drips.", "DETOX_WELLNESS_VAGUE", "en"),
    ("NAD+ infusions and cellular energy levels in older adults.", "DETOX_WELLNESS_VAGUE", "en"),
    ("紫外線対策は、肌の老化を防ぐ基本です。", "ANTI_AGING_REJUVENATION", "ja"),
    ("Botox is generally safe when given by a trained doctor.", "SAFETY_ABSOLUTE", "en"),
    ("Common causes include: - Age related decline - Obesity - Type 2 diabetes - Certain medications.", "TESTIMONIAL", "en"),
    ("The strongest effects come from lifestyle: - PREDIMED (n=7447): diet - Momma 2022 (n=480 000): strength",
     "TESTIMONIAL", "en"),
    ("However, one-off IVs can be personalised to suit individuals.", "TESTIMONIAL", "en"),
    ("There are five drips on his menu: RevitalIV, Hair of the Dog and Chicken Soup.", "TESTIMONIAL", "en"),
    ("SEE ALSO: 6 Keys to Muscle Recovery", "PERFORMANCE_RECOVERY", "en"),
    ("Side effects of microneedling with PRP: Pain | up to 100% | Redness | up to 29% |", "PRICE_INDUCEMENT", "en"),
    ("Up to 30% of patients report bruising after PRP.", "PRICE_INDUCEMENT", "en"),
    ("Up to 30% of patients report bruising after PRP.", "GUARANTEE_CERTAINTY", "en"),
    ("The case is the FTC's first under the Opioid Addiction Recovery Fraud Prevention Act of 2018.",
     "DISEASE_PREVENTION_IMMUNITY", "en"),
    ("A genuinely medically supervised weight loss program involves a qualified GP.", "WEIGHT_LOSS_CLAIM", "en"),
    ("Water and sleep remain the best way to cure a hangover.", "DETOX_WELLNESS_VAGUE", "en"),
    ("Critics maintain that vitamin drips cure nothing.", "CURE_TREATMENT_CLAIM", "en"),
    ("運動をすると、血流は20%ほど増加すると報告されている。", "PSEUDO_EVIDENCE", "ja"),
    ("Together, these results indicate that NMN intake could improve sleep quality in older adults.",
     "DETOX_WELLNESS_VAGUE", "en"),
    ("Compounding brings legal risks, especially when semaglutide is used for weight loss outside approved indications.",
     "WEIGHT_LOSS_CLAIM", "en"),
    ("Many adults here live with obesity - one of the highest rates of obesity in the world.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("Whole-body cryotherapy is pursued for several potential benefits, including improved recovery times.",
     "PERFORMANCE_RECOVERY", "en"),
    ("Exosome therapy is a concept within regenerative medicine that proposes using these vesicles to signal "
     "damaged cells to repair and reduce inflammation.", "CURE_TREATMENT_CLAIM", "en"),
    ("Therapeutic uses are built on the theoretical mechanism that exosomes can promote a healing response in damaged tissue.",
     "CURE_TREATMENT_CLAIM", "en"),
    ("ワルファリン(血液をサラサラにする薬)とビタミンKを多く含む青汁は相性が悪い。", "DETOX_WELLNESS_VAGUE", "ja"),
    ("本記事では、シミ取り治療の種類と、失敗しないためのポイントを解説します。", "GUARANTEE_CERTAINTY", "ja"),
    ("京大が皮膚老化の仕組みを解明 by MITテクノロジーレビュー編集部", "TESTIMONIAL", "ja"),
    ("東京大学医学部附属病院勤務を経て、医療脱毛専門のクリニックにて院長を務める。", "AUTHORITY_APPEAL", "ja"),
    ("1慶應義塾大学医学部形成外科", "AUTHORITY_APPEAL", "ja"),
    ("そして、その根拠が単なる体験談や権威者の意見ではないか確認しましょう。", "TESTIMONIAL", "ja"),
    ("がんの治療と関連したサプリメントの有効性について、明らかにするための研究が続けられています。", "CURE_TREATMENT_CLAIM", "ja"),
    ("しかしながら、自費でのGLP-1治療は高額であることから、保険診療で行えないかという問い合わせが寄せられています。",
     "STEALTH_ADVERTISING", "ja"),
    ("札幌に住む私の整形体験談です。", "TESTIMONIAL", "ja"),
    ("がんの治療で副作用のほとんどない薬は存在しない。", "SAFETY_ABSOLUTE", "ja"),
    ("SNSやブロガーさんで体験記を書いてくれている人がいて、助かりました。", "TESTIMONIAL", "ja"),
    ("日本糖尿病学会の治療アルゴリズムでもメトホルミンは第一選択薬として位置付けられています。", "CURE_TREATMENT_CLAIM", "ja"),
    ("老化抑える脳細胞特定、マウス実験で寿命延長も成功。", "ANTI_AGING_REJUVENATION", "ja"),
    ("MORE: Want to Cure a Hangover?", "CURE_TREATMENT_CLAIM", "en"),
    ("Taking Ozempic for weight loss is still considered an “off-label” use.", "WEIGHT_LOSS_CLAIM", "en"),
    ("Multiple studies across tissues and species confirm that NAD+ levels drop with age.", "PSEUDO_EVIDENCE", "en"),
    ("PRPってどのくらいで効果が出るものなんですか?3回受けたけど正直よくわかりません。", "PSEUDO_EVIDENCE", "ja"),
    ("安全な治療を受けるために、医師の説明をよく聞きましょう。", "SAFETY_ABSOLUTE", "ja"),
    ("新しい抗がん剤で生存期間が延びたと研究チームが発表した。", "CURE_TREATMENT_CLAIM", "ja"),
    ("Botox for my bruxism has honestly been a game changer.", "SUPERLATIVE_COMPARATIVE", "en"),
    ("Vitamin D supports the body's immune system, says the NHS.", "DISEASE_PREVENTION_IMMUNITY", "en"),
    ("Botox is a relatively safe treatment, but side effects include bruising.", "SAFETY_ABSOLUTE", "en"),
    ("2012年に山中伸弥教授がノーベル生理学・医学賞を受賞したことで、再生医療への期待が高まった。", "AUTHORITY_APPEAL", "ja"),
    ("Shinya Yamanaka, a Nobel laureate, showed that adult cells can be reprogrammed into stem cells.",
     "AUTHORITY_APPEAL", "en"),
    ("GLP-1受容体作動薬は食欲を抑え、体重を減らす効果があります[3]。", "WEIGHT_LOSS_CLAIM", "ja"),
    ("NMNはマウスで老化を防いだ。\n参考文献\n1. 老化研究誌 2023年", "ANTI_AGING_REJUVENATION", "ja"),
    ("美容整形のここが知りたい！医師監修記事", "AUTHORITY_APPEAL", "ja"),
    ("【医師監修】医療脱毛を始める前に読む記事", "AUTHORITY_APPEAL", "ja"),
    ("今年も残り少なくなりましたが、年末は28日まで診療いたします。", "URGENCY_SCARCITY", "ja"),
    ("エクソソーム療法は、安全性の確立が不十分なまま提供されている。", "SAFETY_ABSOLUTE", "ja"),
    ("マウスの実験で老化を防ぐ効果を確認したと米科学誌で発表した。", "ANTI_AGING_REJUVENATION", "ja"),
    ("エクソソームは、老化防止などの分野で注目を集めている。", "ANTI_AGING_REJUVENATION", "ja"),
]


@pytest.mark.parametrize("text, category, lang, charged",
                         [(*case, True) for case in CHARGED] + [(*case, False) for case in NOT_CHARGED])
def test_the_reading(text, category, lang, charged):
    """Charged: the advertiser's wording keeps its category; not charged: the construction loses it."""
    assert (category in claim_findings_in(text, lang)) == charged, explain(text, lang)


NEWS_WITH_A_BARE_CLAIM = ("Clinics across the city now sell NAD+ drips. Owners say demand has doubled since spring. "
                          "One nurse said most clients come on Mondays. A spokesperson told us bookings are up. "
                          "NAD+ drips reverse ageing.")


def test_a_page_of_reporting_sentences_reads_as_a_report():
    """Four sentences hold a reporting cue against one asserted claim (report_genre.min_reporting_sentences
    and reporting_per_asserted): the page is a report, and its cue-less claim a mention."""
    claims = english_claims_of(NEWS_WITH_A_BARE_CLAIM)
    assert [(c.category, c.assertion, c.cues) for c in claims] == [
        ("ANTI_AGING_REJUVENATION", "reported", ("named in a report",))], explain(NEWS_WITH_A_BARE_CLAIM, "en")


def test_reporting_sentences_do_not_outweigh_the_advertisers_voice_or_more_claims():
    """Testimonials told as "X says" on a page that names itself stay the advertiser's (PROMO), and
    three reporting sentences do not cover two asserted claims (twice as many are needed)."""
    testimonials = ("Sarah says she sleeps better. Tom says his energy is back. Priya said her skin glows. "
                    "Our NAD+ drip reverses ageing. Book now.")
    assert "ANTI_AGING_REJUVENATION" in claim_findings_in(testimonials), explain(testimonials, "en")
    two_claims = ("Owners say demand has doubled. One nurse said clients come on Mondays. A spokesperson told us "
                  "bookings are up. NAD+ drips reverse ageing. Exosome drips cure arthritis.")
    assert {"ANTI_AGING_REJUVENATION", "CURE_TREATMENT_CLAIM"} <= claim_findings_in(two_claims), explain(two_claims, "en")


def test_the_reporting_sentence_count_is_read_from_the_context_file(tmp_path):
    from analyzer.errors import LexiconError
    from analyzer.lexicon import load_context_file

    context = tmp_path / "en.yml"
    context.write_text("lang: en\nreport_genre: {min_reported: 3, min_share: 0.6, min_reporting_sentences: 4, "
                       "reporting_per_asserted: 1.5}\nrules: []\n")
    genre = load_context_file(context).report_genre
    assert (genre.min_reporting_sentences, genre.reporting_per_asserted) == (4, 1.5)
    context.write_text("lang: en\nreport_genre: {min_reported: 3, min_share: 0.6, reporting_per_asserted: 0}\nrules: []\n")
    with pytest.raises(LexiconError, match="reporting_per_asserted"):
        load_context_file(context)
