"""Japanese recall by construction, on sentences written for this file (none is taken from an ad,
a notice or a gold set). Each advertising line must carry an asserted claim of its category; each
neutral counterpart - news, guidance or a patient's account using the same words - must carry no
asserted claim of it.

The constructions: a reference price named with its figure (通常…円のところ…円); 最も with an
adjective of soundness (最も理にかなった) and a device's top spec (最高出力); tiredness said to be gone
or resisted (倦怠感がすっかりなくなりました, 疲れやすさがなくなりました, 疲れにくくなりました);
famous users as the advertiser's own clientele (…選手が当院の点滴で, 人気モデルも多数ご来院, うちに
通ってる…選手); a younger look as the treatment's destination (若々しい肌へ); an offer tied to a
booking deadline (…日までのご予約が対象); the number of papers as proof (論文がたくさん出ています),
a molecule reaching every cell (細胞のすみずみまで届きます), a research team's or a trial's proof in
the seller's polite voice; the patient's own words and cases relayed by the clinic (ご本人の感想,
当院の患者さんの中にも…方がいます, an age tag before a quoted result); a society vouching for the
effect (学会でも効果が認められている); measurements from the start to a later date; a gifted treatment
(ご招待いただいて…体験); a product speeding tissue repair; and a clinic's own 限定解除 disclosure
naming 医薬品医療機器等法, which no longer lays its page out as a report on the law."""

from __future__ import annotations

from conftest import recall_probe_tests


ADVERTISING = [
    ("初回のNMN点滴を、通常28,000円のところ15,800円でご提供します。", "PRICE_INDUCEMENT"),
    ("高濃度ビタミンC点滴は、いま最も理にかなった美容ケアです。", "SUPERLATIVE_COMPARATIVE"),
    ("当院では最高出力のハイフを導入しています。", "SUPERLATIVE_COMPARATIVE"),
    ("点滴を始めてから、倦怠感がすっかりなくなりました。", "DETOX_WELLNESS_VAGUE"),
    ("「何年も続いた疲れやすさがなくなりました」（40代女性）", "DETOX_WELLNESS_VAGUE"),
    ("NAD+点滴を続けて、疲れにくくなりました。", "DETOX_WELLNESS_VAGUE"),
    ("多くのプロ野球選手が当院の点滴でコンディションを整えています。", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("人気モデルも多数ご来院中です。", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("うちに来てるJリーグの田中選手も、この点滴を打ってから試合に出ています。", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("エクソソーム点滴で、若々しい肌へ。", "ANTI_AGING_REJUVENATION"),
    ("初回20%OFFは、12月25日までのご予約が対象です。", "URGENCY_SCARCITY"),
    ("幹細胞点滴は、がんにも効くという論文がたくさん出ています。", "PSEUDO_EVIDENCE"),
    ("水素は全身の細胞のすみずみまで届きます。", "PSEUDO_EVIDENCE"),
    ("スタンフォード大学の研究チームも、NMNで老化を遅らせられることを実証しています。", "PSEUDO_EVIDENCE"),
    ("海外の臨床試験でも、動脈硬化を改善する効果が証明されています。", "PSEUDO_EVIDENCE"),
    ("ご本人の感想：「まさか一か月でここまで変わるとは思いませんでした」", "TESTIMONIAL"),
    ("当院の患者さんの中にも、5回の点滴で杖なしで歩けるようになった方がいます。", "TESTIMONIAL"),
    ("30代女性「二重あごがすっきりして、小顔になりました！」", "TESTIMONIAL"),
    ("日本皮膚科学会でも効果が認められている治療です。", "AUTHORITY_APPEAL"),
    ("・開始時 72.0kg → 2か月後 66.5kg", "BEFORE_AFTER"),
    ("クリニックにご招待いただいて、話題の白玉点滴を体験してきました！", "STEALTH_ADVERTISING"),
    ("BPC-157は、靭帯や腱の修復をぐっと早めます。", "CURE_TREATMENT_CLAIM"),
    ("本治療で用いる培養上清液は、医薬品医療機器等法上の承認を受けていない製剤です。\n■患者様の声\n"
     "「まわりから若くなったと言われます」（50代男性）", "ANTI_AGING_REJUVENATION"),
]

NEUTRAL = [
    ("通常28,000円のところ15,800円と表示した二重価格について、消費者庁が注意を呼びかけた。", "PRICE_INDUCEMENT"),
    ("「最も理にかなった治療」という表現は、比較の根拠がなければ使えません。", "SUPERLATIVE_COMPARATIVE"),
    ("最高出力のハイフをうたう広告には注意が必要です。", "SUPERLATIVE_COMPARATIVE"),
    ("倦怠感がなくなったと話す患者もいるが、効果は確認されていない。", "DETOX_WELLNESS_VAGUE"),
    ("疲れやすさがなくなったかどうかは、血液検査だけでは判断できません。", "DETOX_WELLNESS_VAGUE"),
    ("貧血が改善すれば疲れにくくなるとされています。", "DETOX_WELLNESS_VAGUE"),
    ("プロ野球選手が同院で点滴を受けていたことがわかった。", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("「人気モデルも多数ご来院」とうたう広告は、医療広告ガイドラインで禁止されている。", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("選手がうちに来てるかどうかは、お答えできません。", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("「若々しい肌へ」といった広告表現は、効果を保証するものではありません。", "ANTI_AGING_REJUVENATION"),
    ("年末年始の休診のため、12月28日までのご予約を承ります。", "URGENCY_SCARCITY"),
    ("「論文がたくさんある」としか説明されなかったと、相談者は話した。", "PSEUDO_EVIDENCE"),
    ("理科の教科書には、酸素は血液によって全身の細胞のすみずみまで届くと書かれている。", "PSEUDO_EVIDENCE"),
    ("米国の研究チームが、マウスで老化を遅らせられることを実証した。", "PSEUDO_EVIDENCE"),
    ("海外の臨床試験でも、動脈硬化を改善する効果は証明されていません。", "PSEUDO_EVIDENCE"),
    ("ご本人の感想だけで治療の効果を判断することはできません。", "TESTIMONIAL"),
    ("同院の患者の中にも、症状が悪化した人がいると報じられた。", "TESTIMONIAL"),
    ("30代女性「勧められるまま契約してしまいました」と、消費生活センターに相談があった。", "TESTIMONIAL"),
    ("学会で効果が認められていない治療を、認められているかのように広告することは禁止されている。", "AUTHORITY_APPEAL"),
    ("治療開始時の体重と2か月後の体重を、記録表に書き込んでください。", "BEFORE_AFTER"),
    ("ご招待いただいて施術を体験した投稿には、【PR】と表示する必要があります。", "STEALTH_ADVERTISING"),
    ("BPC-157が靭帯の修復を早めるという主張には、人での根拠がありません。", "CURE_TREATMENT_CLAIM"),
    ("医薬品医療機器等法では、承認を受けていない医薬品の広告が禁止されています。\n"
     "広告に「まわりから若くなったと言われます」と体験談を載せることはできません。", "ANTI_AGING_REJUVENATION"),
]



test_advertising_line_is_claimed, test_neutral_counterpart_is_not_claimed = recall_probe_tests(
    ADVERTISING, NEUTRAL, lang="ja")
