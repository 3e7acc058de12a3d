"""Japanese quality on sentences written for this file (not taken from the gold set): the
wording a reader of a beauty or regenerative-clinic page meets for PSEUDO_EVIDENCE (論文で証明,
臨床試験済み, 大学と共同研究を行っている, 学会で高く評価), TESTIMONIAL (お客様の声, ★4.7,
目立たなくなりました), DETOX_WELLNESS_VAGUE (体調を整える, 不調をまとめてリセット beside a
product) and PRESCRIPTION_ONLY_PROMOTION (a prescription-only brand sold with an offer or an
effect); and hard negatives with the same words that must not carry an asserted claim of the
category: guidance quoting the wording, news, patient instructions ("体調を整えてからご来院
ください"), lifestyle advice, risk and cost notes on a named drug, statements of a drug's
approved indication, and patients already on the drug."""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def asserted(text: str) -> set[str]:
    return {c.category for c in audit_text(text).claims if c.assertion == "asserted"}


@pytest.mark.parametrize(
    "category, text",
    [
        ("PSEUDO_EVIDENCE", "当院の幹細胞点滴は、論文で効果が証明されています。"),
        ("PSEUDO_EVIDENCE", "医学的に証明された若返り効果をぜひ体感してください。"),
        ("PSEUDO_EVIDENCE", "臨床試験で実証済みのエクソソーム導入で、肌の再生を促します。"),
        ("PSEUDO_EVIDENCE", "〇〇大学と共同研究を行っている当院だからこそ提供できる治療です。"),
        ("PSEUDO_EVIDENCE", "エビデンスのある点滴療法だけをご提供しています。"),
        ("PSEUDO_EVIDENCE", "この治療法は日本美容皮膚科学会で発表され、大きな反響を呼びました。"),
        ("PSEUDO_EVIDENCE", "特許取得の独自製法で抽出した高濃度プラセンタ。"),
        ("PSEUDO_EVIDENCE", "科学的根拠に基づくNMN点滴で、年齢に負けない体づくりを。"),
        ("PSEUDO_EVIDENCE", "海外の臨床研究で有効性が確認されたGLP-1ダイエットです。"),
        ("PSEUDO_EVIDENCE", "効果は臨床的に立証されています。"),
        ("PSEUDO_EVIDENCE", "100以上の論文で裏付けられたビタミンC点滴の効果。"),
        ("PSEUDO_EVIDENCE", "医学的エビデンスに裏打ちされた当院の再生医療。"),
        ("PSEUDO_EVIDENCE", "学会発表多数の院長が開発した独自メソッドです。"),
        ("PSEUDO_EVIDENCE", "論文で実証された成分だけを使用した美容点滴。"),
        ("PSEUDO_EVIDENCE", "科学的に証明済みの脂肪溶解注射で、部分痩せを実現。"),
        ("PSEUDO_EVIDENCE", "臨床試験の結果、97%の方に効果が認められました。"),
        ("PSEUDO_EVIDENCE", "研究結果に裏付けられた確かな効果をお約束します。"),
        ("PSEUDO_EVIDENCE", "国内外の学会でも高く評価されている治療法です。"),
        ("PSEUDO_EVIDENCE", "医学論文で効果が示されたエクソソーム療法を採用しています。"),
        ("PSEUDO_EVIDENCE", "厚生労働省のデータでも効果が示されているNAD+点滴。"),
        ("PSEUDO_EVIDENCE", "ヒト臨床試験済みの安心の成分です。"),
        ("PSEUDO_EVIDENCE", "エビデンスレベルの高い治療を、当院ではいち早く導入しました。"),
        ("TESTIMONIAL", "【患者様の声】3回目の点滴で、朝の目覚めが変わりました。"),
        ("TESTIMONIAL", "お客様の声：シミが薄くなって、すっぴんでも外に出られるようになりました！"),
        ("TESTIMONIAL", "満足度98%！多くの方にご支持いただいています。"),
        ("TESTIMONIAL", "「ほうれい線が目立たなくなりました」（40代女性）"),
        ("TESTIMONIAL", "Googleの口コミ★4.8の人気クリニックです。"),
        ("TESTIMONIAL", "ダーマペンを受けた方の体験談を掲載しています。"),
        ("TESTIMONIAL", "「1か月で5キロ痩せました！」30代・会社員"),
        ("TESTIMONIAL", "口コミで評判のエクソソーム点滴、ついに当院でも導入。"),
        ("TESTIMONIAL", "実際に治療を受けた患者様から「人生が変わった」との声をいただいています。"),
        ("TESTIMONIAL", "モニター様の感想をご紹介します。"),
        ("TESTIMONIAL", "★★★★★ 先生の技術が素晴らしく、たるみが嘘のように消えました。"),
        ("TESTIMONIAL", "評価4.9（レビュー320件）"),
        ("TESTIMONIAL", "症例をご覧になったお客様から、喜びのお声を多数頂戴しております。"),
        ("TESTIMONIAL", "「10歳若く見られるようになりました」と嬉しいご報告をいただきました。"),
        ("TESTIMONIAL", "半年通った結果、ニキビ跡がほとんど気にならなくなりました。（20代男性）"),
        ("TESTIMONIAL", "【体験レポート】GLP-1ダイエット3ヶ月目の私の変化"),
        ("TESTIMONIAL", "肝斑治療を始めて2ヶ月、ファンデーションの量が半分になりました。"),
        ("TESTIMONIAL", "実際に幹細胞治療を受けた方の9割以上が効果を実感しています。"),
        ("TESTIMONIAL", "実感の声続々！"),
        ("TESTIMONIAL", "白玉点滴を続けて、肌のトーンが明らかに明るくなりました！（30代・主婦）"),
        ("TESTIMONIAL", "膝の痛みが和らいで、階段の上り下りが楽になりました。（70代男性・PRP注射）"),
        ("DETOX_WELLNESS_VAGUE", "高濃度ビタミン点滴で、体の巡りを整えて内側から健康に。"),
        ("DETOX_WELLNESS_VAGUE", "にんにく注射で疲れた体もすっきりリフレッシュ！"),
        ("DETOX_WELLNESS_VAGUE", "グルタチオン点滴で肝臓をデトックスし、健康な体へ。"),
        ("DETOX_WELLNESS_VAGUE", "水素吸入で体の巡りを良くし、代謝アップを目指しましょう。"),
        ("DETOX_WELLNESS_VAGUE", "プラセンタ注射で体調を整え、毎日を元気に過ごせます。"),
        ("DETOX_WELLNESS_VAGUE", "オゾン療法で血液をきれいにして、免疫も健康もまるごとサポート。"),
        ("DETOX_WELLNESS_VAGUE", "当院の点滴で、体内の巡りを改善し、冷えやむくみを解消します。"),
        ("DETOX_WELLNESS_VAGUE", "マイヤーズカクテルで全身の不調をまとめてリセット。"),
        ("DETOX_WELLNESS_VAGUE", "高濃度水素で体の中からキレイに。"),
        ("DETOX_WELLNESS_VAGUE", "白玉点滴で体の中から輝く肌へ。"),
        ("DETOX_WELLNESS_VAGUE", "NMN点滴で毎日のパフォーマンスと健康をサポートします。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "マンジャロで無理なく痩せる！オンライン診療で全国どこでも処方可能です。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "GLP-1ダイエット薬を処方します。初回限定9,800円。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "リベルサスを飲むだけで、食欲が自然におさまります。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "当院では話題のウゴービを美容目的でも処方しています。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "オゼンピックの自宅配送に対応。スマホで診察、最短翌日お届け。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "ボトックス注射でエラをすっきり、理想の小顔に。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "今なら肩ボトックス100単位が特別価格！"),
        ("PRESCRIPTION_ONLY_PROMOTION", "オンライン診療でマンジャロを処方、お薬はご自宅にお届けします。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "サクセンダで無理せず−5kgを目指しましょう。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "ゼップバウンドも取り扱い開始しました。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "医療用の痩せ薬を、診察5分でお届けします。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "ダイエット目的のGLP-1処方はお任せください。"),
    ],
)
def test_advertising_sentence_asserts_its_category(category, text):
    assert category in asserted(text), text


@pytest.mark.parametrize(
    "category, text",
    [
        ("PSEUDO_EVIDENCE", "「論文で証明された」「臨床試験で実証」などの表現は、根拠が示されない限り誇大広告にあたるおそれがあります。"),
        ("PSEUDO_EVIDENCE", "エクソソーム点滴の有効性は、現時点で臨床試験により証明されていません。"),
        ("PSEUDO_EVIDENCE", "同社は「大学と共同研究した」とうたっていたが、実際には研究は行われていなかった。"),
        ("PSEUDO_EVIDENCE", "当院の院長は日本皮膚科学会で乾癬の症例について発表しました。"),
        ("PSEUDO_EVIDENCE", "この研究は医学誌に掲載されましたが、対象はマウスで、ヒトでの効果は確認されていません。"),
        ("PSEUDO_EVIDENCE", "科学的根拠に基づく医療（EBM）について、厚生労働省は一般向けの解説を公開している。"),
        ("PSEUDO_EVIDENCE", "特許を取得していることは、治療の有効性を示すものではありません。"),
        ("PSEUDO_EVIDENCE", "治療の効果には個人差があり、論文で示された結果がすべての方に当てはまるわけではありません。"),
        ("PSEUDO_EVIDENCE", "広告に「医学的に証明された」と記載する場合、その根拠となる資料を示す必要がある。"),
        ("PSEUDO_EVIDENCE", "消費者庁は、根拠なく「臨床試験で効果を確認」と表示した事業者に措置命令を出した。"),
        ("PSEUDO_EVIDENCE", "研究段階の治療であり、効果と安全性は十分に確立されていません。"),
        ("PSEUDO_EVIDENCE", "学会の認定医制度について、詳しくは日本美容外科学会のホームページをご覧ください。"),
        ("PSEUDO_EVIDENCE", "本研究は〇〇大学との共同研究として実施され、結果は来年の学会で報告される予定です。"),
        ("PSEUDO_EVIDENCE", "臨床試験への参加をご希望の方は、担当医にご相談ください。"),
        ("PSEUDO_EVIDENCE", "エビデンスが乏しいとされる治療については、リスクを十分にご説明したうえで実施しています。"),
        ("TESTIMONIAL", "医療広告ガイドラインでは、治療の効果に関する患者の体験談を広告に掲載することは禁止されています。"),
        ("TESTIMONIAL", "患者様の声を、今後の診療体制の改善に役立ててまいります。"),
        ("TESTIMONIAL", "口コミサイトへの投稿を条件に割引を行うことは、ステルスマーケティングにあたるおそれがある。"),
        ("TESTIMONIAL", "待合室が清潔で、受付の方の対応も丁寧でした。（30代女性）"),
        ("TESTIMONIAL", "ご予約はお電話またはWebフォームから承ります。"),
        ("TESTIMONIAL", "アンケートへのご協力をお願いいたします。回答は匿名で集計され、個人が特定されることはありません。"),
        ("TESTIMONIAL", "「シミが消えました」などの体験談は、医療法施行規則で禁止される広告にあたります。"),
        ("TESTIMONIAL", "調査では、美容医療の口コミを参考にしてクリニックを選んだ人が約6割にのぼった。"),
        ("TESTIMONIAL", "治療の効果には個人差があり、すべての方に同じ結果が得られるわけではありません。"),
        ("TESTIMONIAL", "当院ではレビュー投稿の依頼や、投稿に対する謝礼は一切行っておりません。"),
        ("TESTIMONIAL", "患者満足度調査の結果は、毎年院内に掲示しています。"),
        ("TESTIMONIAL", "術後に腫れや内出血が出ることがありますが、通常1〜2週間で治まります。"),
        ("DETOX_WELLNESS_VAGUE", "体調が優れない場合は、無理をせずご予約の変更をご連絡ください。"),
        ("DETOX_WELLNESS_VAGUE", "施術当日は体調を整えてからご来院ください。"),
        ("DETOX_WELLNESS_VAGUE", "当日の体調によっては、点滴をお断りすることがあります。"),
        ("DETOX_WELLNESS_VAGUE", "健康診断の結果をお持ちの方は、カウンセリングの際にご提示ください。"),
        ("DETOX_WELLNESS_VAGUE", "厚生労働省は、国民の健康づくりのための身体活動基準を公表している。"),
        ("DETOX_WELLNESS_VAGUE", "血液の巡りが悪くなる病気には、動脈硬化などがあります。"),
        ("DETOX_WELLNESS_VAGUE", "デトックスをうたう点滴について、国民生活センターが注意を呼びかけている。"),
        ("DETOX_WELLNESS_VAGUE", "「毒素を排出する」「疲労回復」といった表現は、根拠がなければ景品表示法違反となるおそれがある。"),
        ("DETOX_WELLNESS_VAGUE", "院内は換気を徹底し、すっきりとした空間づくりを心がけています。"),
        ("DETOX_WELLNESS_VAGUE", "手続きをすっきりさせるため、問診票をWebでご記入いただけます。"),
        ("DETOX_WELLNESS_VAGUE", "代謝が落ちる原因には、加齢や運動不足などがあります。"),
        ("DETOX_WELLNESS_VAGUE", "十分な睡眠とバランスのよい食事が、健康の基本です。"),
        ("DETOX_WELLNESS_VAGUE", "自律神経の乱れが疑われる場合は、心療内科の受診をおすすめします。"),
        ("DETOX_WELLNESS_VAGUE", "施術後は血行が良くなる入浴やサウナを24時間お控えください。"),
        ("DETOX_WELLNESS_VAGUE", "ストレスを感じたときは、一人で抱え込まずに相談窓口を利用しましょう。"),
        ("DETOX_WELLNESS_VAGUE", "冷えやむくみが続く場合、甲状腺の病気などが隠れていることがあります。"),
        ("DETOX_WELLNESS_VAGUE", "飲酒の翌日、二日酔いの状態での施術はお受けできません。"),
        ("DETOX_WELLNESS_VAGUE", "夏バテ予防には、こまめな水分補給が大切です。"),
        ("DETOX_WELLNESS_VAGUE", "健康保険が適用されない自由診療です。"),
        ("DETOX_WELLNESS_VAGUE", "ご家族の健康について気になることがあれば、お気軽にご相談ください。"),
        ("DETOX_WELLNESS_VAGUE", "院長は地域の皆様の健康を支える医療を目指しています。"),
        ("DETOX_WELLNESS_VAGUE", "この調査では、疲れが取れないと感じている人が全体の4割にのぼった。"),
        ("DETOX_WELLNESS_VAGUE", "点滴の効果として「デトックス」をうたうのは適切ではありません。"),
        ("DETOX_WELLNESS_VAGUE", "当院では体質改善をうたうサプリメントの販売は行っておりません。"),
        ("DETOX_WELLNESS_VAGUE", "活性酸素と老化の関係については、まだ研究段階です。"),
        ("DETOX_WELLNESS_VAGUE", "むくみが強く出た場合は、早めに医療機関を受診してください。"),
        ("DETOX_WELLNESS_VAGUE", "血流が悪い状態が続くと、床ずれのリスクが高まります。"),
        ("DETOX_WELLNESS_VAGUE", "心身のバランスを崩した方へのカウンセリングも行っています。"),
        ("DETOX_WELLNESS_VAGUE", "腸内環境と健康の関係についての研究が進んでいる。"),
        ("DETOX_WELLNESS_VAGUE", "体の巡りを整えるといった表現には科学的根拠が乏しいと専門家は指摘する。"),
        ("DETOX_WELLNESS_VAGUE", "患者様が元気を取り戻せるよう、スタッフ一同サポートいたします。"),
        ("DETOX_WELLNESS_VAGUE", "院長が元気いっぱいにお迎えします。"),
        ("DETOX_WELLNESS_VAGUE", "スタッフ一同、皆様のご来院を元気にお待ちしております。"),
        ("DETOX_WELLNESS_VAGUE", "季節の変わり目は体調を崩しやすいので、体調を整えることが大切です。"),
        ("DETOX_WELLNESS_VAGUE", "十分な睡眠で睡眠の質を高めることは、肌の健康にもつながります。"),
        ("DETOX_WELLNESS_VAGUE", "適度な運動は代謝を上げるといわれています。"),
        ("DETOX_WELLNESS_VAGUE", "院内のアロマで、リフレッシュしながらお待ちいただけます。"),
        ("DETOX_WELLNESS_VAGUE", "更年期にはホルモンバランスが変化し、さまざまな不調が現れることがあります。"),
        ("DETOX_WELLNESS_VAGUE", "ストレスを軽減するため、待ち時間を短くする予約システムを導入しました。"),
        ("DETOX_WELLNESS_VAGUE", "当院はウェルネス事業部も運営しています。"),
        ("DETOX_WELLNESS_VAGUE", "食生活を見直して、内側から健康な体をつくりましょう。"),
        ("DETOX_WELLNESS_VAGUE", "集中力が低下する原因として、睡眠不足が考えられます。"),
        ("DETOX_WELLNESS_VAGUE", "血行不良による肩こりには、温めるケアが有効とされています。"),
        ("DETOX_WELLNESS_VAGUE", "エネルギー補給のため、施術前には軽い食事をとってください。"),
        ("DETOX_WELLNESS_VAGUE", "自律神経の働きを整える生活習慣について、管理栄養士がアドバイスします。"),
        ("DETOX_WELLNESS_VAGUE", "二日酔いの状態では、点滴を含む施術をお受けいただけません。"),
        ("DETOX_WELLNESS_VAGUE", "デトックス効果をうたう商品については、科学的根拠が乏しいとされています。"),
        ("DETOX_WELLNESS_VAGUE", "心と体のバランスを大切にした、丁寧なカウンセリングを行っています。"),
        ("DETOX_WELLNESS_VAGUE", "疲れがたまっているときは、施術を延期することもご検討ください。"),
        ("DETOX_WELLNESS_VAGUE", "冷え性の方は、施術中にブランケットをご利用いただけます。"),
        ("DETOX_WELLNESS_VAGUE", "当院では、体調管理のため、スタッフ全員が毎朝検温を行っています。"),
        ("DETOX_WELLNESS_VAGUE", "巡回バスが駅から当院まで運行しています。"),
        ("DETOX_WELLNESS_VAGUE", "元気な赤ちゃんが生まれました。"),
        ("DETOX_WELLNESS_VAGUE", "院内は明るく開放的で、リラックスして過ごしていただけます。"),
        ("DETOX_WELLNESS_VAGUE", "肌の調子を整えるスキンケアについて、看護師がアドバイスします。"),
        ("DETOX_WELLNESS_VAGUE", "むくみが出やすい方は、塩分を控えめにするとよいでしょう。"),
        ("DETOX_WELLNESS_VAGUE", "健康で長生きするためには、定期的な健診が欠かせません。"),
        ("DETOX_WELLNESS_VAGUE", "カウンセリングの後、気持ちがすっきりしたとおっしゃる方もいらっしゃいます。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "眉間のしわの治療に用いるボトックスビスタは、国内で承認された医薬品です。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "GLP-1受容体作動薬は、2型糖尿病の治療薬として承認されています。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "日本糖尿病学会は、GLP-1受容体作動薬の美容目的での使用について懸念を表明した。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "マンジャロの供給不足が続き、糖尿病患者への処方に影響が出ている。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "ウゴービの保険適用には、BMIなどの厳しい条件があります。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "国民生活センターによると、オンライン診療でGLP-1製剤を処方された人から、吐き気や下痢などの相談が寄せられている。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "ボツリヌストキシン注射の主な副作用には、注射部位の痛み、内出血、まぶたの下垂などがあります。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "当院では、適応外となるGLP-1の美容目的での処方は行っておりません。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "セマグルチドは、低血糖や膵炎などの副作用が報告されています。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "「飲むだけで痩せる」とうたってリベルサスを販売していたサイトについて、厚生労働省が調査を始めた。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "ボトックス注射を受けた後は、施術部位を強くこすらないでください。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "糖尿病の治療でオゼンピックを使用中の方は、主治医にご相談ください。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "マンジャロは、体重を減らす効果が臨床試験で示されたが、国内では2型糖尿病の治療薬としてのみ承認されている。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "当院の医師が、ボトックス注射のリスクと費用について診察時にご説明します。"),
    ],
)
def test_hard_negative_has_no_asserted_claim_of_the_category(category, text):
    assert category not in asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "糖尿病の治療でオゼンピックを使用中の方は、主治医にご相談ください。",
        "GLP-1受容体作動薬は、2型糖尿病の治療薬として承認されています。",
        "当院の医師が、ボトックス注射のリスクと費用について診察時にご説明します。",
        "GLP-1ダイエットをめぐり、日本医師会は美容目的での使用に懸念を示した。",
    ],
)
def test_a_mention_of_a_prescription_drug_is_no_promotion(text):
    """Neither the drug named in a note, a news line or an approval statement, nor a claim
    wrongly read into it (cure, approval, weight loss), makes the sentence promote the drug."""
    assert not asserted(text) & {"PRESCRIPTION_ONLY_PROMOTION", "CURE_TREATMENT_CLAIM", "WEIGHT_LOSS_CLAIM"}, text


def test_an_offer_of_a_prescription_drug_is_promotion_however_it_is_worded():
    for text in ("マンジャロで無理なく痩せる！オンライン診療で全国どこでも処方可能です。",
                 "医療用の痩せ薬を、診察5分でお届けします。",
                 "リベルサスを飲むだけで、食欲が自然におさまります。"):
        assert "PRESCRIPTION_ONLY_PROMOTION" in asserted(text), text
