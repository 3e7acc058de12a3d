"""Japanese recall by construction, on sentences written for this file (none is taken from an ad,
a notice or a gold set). Each advertising line must carry an asserted claim of its category; each
neutral counterpart - news, guidance or a patient's account using the same words - must carry no
asserted claim of it.

The constructions: a panacea claim written with に対して and its unsourced "recognised efficacy"
(幅広い疾患に対して効果が認められている); a product used for diseases called incurable, the
diseases listed before (…など、治らないとされてきた病気の治療に使われています); a named disease's
symptom said to recede after a product; the potential form がんと闘えます; a physician vouching
for a treatment as a physician (医師として、自信を持って…); a society said to back it (学会も認めた);
a university's research as the warrant of a clinic product; an athlete's routine use before
competition (選手も、試合前には必ず…); a clinic's athlete clientele; safety as the product's
attribute (副作用の出ない), approval as proof of safety (…が認めた…だから安心), 安全性も万全, a flat
answer to one's own question (副作用？ありません); a clock-time deadline (本日21:00まで) and a dated
price (今週末までのキャンペーン価格); a struck-through reference price with words between; an
unmeasured multiplier (サプリメントの数十倍); standard care painted as ruinous or burdensome; a money-back
promise behind 万が一; a coupon in a poster's own channel; a user's count from the day they began;
a customer's words relayed with とのこと; 5歳若返ったって言われた; acting on the cause of ageing
itself; a poster's unnamed clinic (通ってる某クリニック) read as their own, not a third party's."""

from __future__ import annotations

from conftest import recall_probe_tests


ADVERTISING = [
    ("NK細胞療法は、がんや膠原病など、幅広い疾患に対して効果が認められている治療です。", "CURE_TREATMENT_CLAIM"),
    ("NK細胞療法は、がんや膠原病など、幅広い疾患に対して効果が認められている治療です。", "PSEUDO_EVIDENCE"),
    ("幹細胞治療は、パーキンソン病や脊髄損傷など、これまで治らないとされてきた病気の治療に使われています。", "CURE_TREATMENT_CLAIM"),
    ("NMN点滴を続けたことで、パーキンソン病の父の震えが減ったという報告をいただいています。", "CURE_TREATMENT_CLAIM"),
    ("エクソソーム療法なら、体本来の力でがんと闘えます。", "CURE_TREATMENT_CLAIM"),
    ("医師として、自信を持っておすすめできる点滴です。", "AUTHORITY_APPEAL"),
    ("学会も認めた幹細胞治療を、当院で受けられます。", "AUTHORITY_APPEAL"),
    ("当院のNMN点滴は、スタンフォード大学の老化研究をもとに開発されました。", "AUTHORITY_APPEAL"),
    ("プロボクサーの佐藤選手も、試合前には必ず受けているNMN点滴。", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("プロボクサーの佐藤選手も、試合前には必ず受けているNMN点滴。", "DOPING_RISK"),
    ("当院では、プロ野球選手をはじめ、多くのアスリートのコンディショニングをサポートしてきました。", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("副作用の出ない幹細胞治療です。", "SAFETY_ABSOLUTE"),
    ("当院なら、副作用の出ない高濃度NMN点滴を受けられます。", "SAFETY_ABSOLUTE"),
    ("お腹の弱い方でも安心して受けられる当院のGLP-1ダイエット。", "SAFETY_ABSOLUTE"),
    ("国が認めた治療だから安心です。", "SAFETY_ABSOLUTE"),
    ("安全性も万全の幹細胞治療をご提供しております。", "SAFETY_ABSOLUTE"),
    ("副作用？ありません。安心して受けてください。", "SAFETY_ABSOLUTE"),
    ("ご予約は本日21:00まで。", "URGENCY_SCARCITY"),
    ("今週末までのキャンペーン価格です。", "URGENCY_SCARCITY"),
    ("ヒアルロン酸注入 通常30,000円→今だけ19,800円！", "PRICE_INDUCEMENT"),
    ("白玉点滴の美白効果はサプリメントの数十倍です。", "PSEUDO_EVIDENCE"),
    ("抗がん剤で体をボロボロにしてしまう前に、NK細胞療法という選択肢を。", "DISCOURAGES_STANDARD_CARE"),
    ("放射線治療のつらい副作用に悩む方にこそ、受けていただきたい点滴です。", "DISCOURAGES_STANDARD_CARE"),
    ("万が一効果がなければ、施術代を全額返金いたします。", "GUARANTEE_CERTAINTY"),
    ("概要欄にクーポンを貼っておくので使ってね！", "STEALTH_ADVERTISING"),
    ("マンジャロ打ち始めて2か月で−8kg！", "TESTIMONIAL"),
    ("主婦のCさんは「半年でウエストが8センチ細くなりました」とのこと。", "TESTIMONIAL"),
    ("NMN点滴受けるようになってから、5歳若返ったって言われたんですよ。", "TESTIMONIAL"),
    ("半年前から通ってる某クリニックのエクソソーム点滴、ほんとに肌が変わった。", "TESTIMONIAL"),
    ("当院の点滴は、老化の原因そのものにアプローチします。", "ANTI_AGING_REJUVENATION"),
]

NEUTRAL = [
    ("幅広い疾患に対して効果があるとうたう自由診療の広告について、消費者庁が注意を呼びかけている。", "CURE_TREATMENT_CLAIM"),
    ("幅広い疾患に対して効果が認められているとうたう広告について、消費者庁が注意を呼びかけている。", "PSEUDO_EVIDENCE"),
    ("iPS細胞は、パーキンソン病など、これまで治らないとされてきた病気の治療に使われることが期待されている。", "CURE_TREATMENT_CLAIM"),
    ("パーキンソン病の父の震えが減ったのは、主治医が薬の量を調整してからだ。", "CURE_TREATMENT_CLAIM"),
    ("がんと闘う患者さんとご家族を支える相談窓口を設けています。", "CURE_TREATMENT_CLAIM"),
    ("「医師として自信を持っておすすめできる」とうたう広告には注意が必要です。", "AUTHORITY_APPEAL"),
    ("「学会も認めた治療」と宣伝する広告は、医療広告ガイドライン違反にあたるおそれがある。", "AUTHORITY_APPEAL"),
    ("スタンフォード大学の老化研究をもとに開発された薬が、米国で臨床試験に入った。", "AUTHORITY_APPEAL"),
    ("試合前に点滴を受けている選手は、量と時間を記録しておきましょう。", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("チームドクターは、選手のコンディショニングをサポートする役割を担っています。", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("副作用の出ない治療は存在しないと、専門家は指摘しています。", "SAFETY_ABSOLUTE"),
    ("副作用の出ない新しい治療は、いまのところ存在しない。", "SAFETY_ABSOLUTE"),
    ("お腹の弱い方でも安心して飲める薬かどうか、薬剤師に相談しましょう。", "SAFETY_ABSOLUTE"),
    ("国が認めた治療だから安心、というわけではありません。", "SAFETY_ABSOLUTE"),
    ("安全性も万全とは言えないと、厚労省は注意を呼びかけている。", "SAFETY_ABSOLUTE"),
    ("副作用？吐き気や便秘が出ることがあります。", "SAFETY_ABSOLUTE"),
    ("本日の診療受付は21:00までです。", "URGENCY_SCARCITY"),
    ("キャンペーン価格の表示は今週末までに見直すよう、協会が求めた。", "URGENCY_SCARCITY"),
    ("「通常30,000円→今だけ19,800円」という広告表示は、二重価格表示として問題になることがある。", "PRICE_INDUCEMENT"),
    ("消費生活センターによると、点滴の費用はサプリメントの数十倍かかることもあるという。", "PSEUDO_EVIDENCE"),
    ("「抗がん剤で体をボロボロにする」などと不安をあおる広告に注意しましょう。", "DISCOURAGES_STANDARD_CARE"),
    ("放射線治療のつらい副作用に悩む方に向けて、看護師が対処法を説明します。", "DISCOURAGES_STANDARD_CARE"),
    ("「効果がなければ全額返金」とうたう広告でも、返金に条件が付いていることが多い。", "GUARANTEE_CERTAINTY"),
    ("概要欄にクーポンを貼る投稿でも、広告であることを明示しなければなりません。", "STEALTH_ADVERTISING"),
    ("治療を始めて3か月で体重が5kg減った患者では、筋肉量の低下にも注意が必要だ。", "TESTIMONIAL"),
    ("主婦のCさんは「半年でウエストが8センチ細くなりました」と話した。", "TESTIMONIAL"),
    ("「5歳若返ったって言われた」という体験談は、個人の感想にすぎません。", "TESTIMONIAL"),
    ("都内の某クリニックでエクソソーム点滴を受けた女性が、肌が変わったと広告で紹介されていた。", "TESTIMONIAL"),
    ("老化の原因そのものにアプローチする薬は、まだ存在しません。", "ANTI_AGING_REJUVENATION"),
]



test_advertising_line_is_claimed, test_neutral_counterpart_is_not_claimed = recall_probe_tests(
    ADVERTISING, NEUTRAL, lang="ja")
