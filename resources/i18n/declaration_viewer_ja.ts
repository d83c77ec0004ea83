<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Annotation</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Annotation editor</source>
        <translation>注釈の編集</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>メモ（Markdown）</translation>
    </message>
    <message>
        <source>Your note (Markdown: **bold**, *italic*, - lists)</source>
        <translation>メモ（Markdown：**太字**、*斜体*、- 箇条書き）</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>タグ（カンマ区切り）</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>タグ（カンマ区切り）</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>ハイライトの色</translation>
    </message>
    <message>
        <source>Custom ({colour})</source>
        <translation>カスタム（{colour}）</translation>
    </message>
    <message>
        <source>Linked place</source>
        <translation>関連付けた場所</translation>
    </message>
    <message>
        <source>Linked reading</source>
        <translation>関連付けた解釈</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>色(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>場所(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>解釈(&amp;R):</translation>
    </message>
    <message>
        <source>The note is {length:,} characters long; the limit is {limit:,} characters. Shorten it to save.</source>
        <translation>メモは {length:,} 文字あり、上限の {limit:,} 文字を超えています。保存するには短くしてください。</translation>
    </message>
</context>
<context>
    <name>AnnotationExchange</name>
    <message>
        <source>Nothing was imported: your annotations are exactly as they were.</source>
        <translation>何も読み込まれませんでした。注釈は元のままです。</translation>
    </message>
    <message>
        <source>Export annotations as &amp;W3C JSON-LD…</source>
        <translation>注釈を W3C JSON-LD で書き出す(&amp;W)…</translation>
    </message>
    <message>
        <source>Export annotations as CS&amp;V…</source>
        <translation>注釈を CSV で書き出す(&amp;V)…</translation>
    </message>
    <message>
        <source>Export annotations as &amp;Markdown…</source>
        <translation>注釈を Markdown で書き出す(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import annotations…</source>
        <translation>注釈を読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Add annotations from a W3C or Hypothesis JSON file</source>
        <translation>W3C または Hypothesis の JSON ファイルから注釈を追加します</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>注釈の読み込み</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>注釈 (*.json *.jsonld);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export annotations as {format}</source>
        <translation>注釈を {format} で書き出す</translation>
    </message>
    <message>
        <source>Your annotations are read-only in this session (see the message shown at start-up), so nothing can be imported.</source>
        <translation>このセッションでは注釈は読み取り専用のため（起動時のメッセージを参照）、読み込みはできません。</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} を読んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n annotation(s)…</source>
        <translation>
            <numerusform>%n 件の注釈を追加しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported: {reason}</source>
        <translation>ファイルは読み込まれませんでした：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n 件を追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplied text(s)</source>
        <translation>
            <numerusform>補完された本文 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n 件を更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n 件は既存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not anchored in this text (listed apart in the Annotations panel)</source>
        <translation>
            <numerusform>%n 件は本文に対応しません（注釈パネルに別に一覧表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {file}: {what}.</source>
        <translation>{file} を読み込みました：{what}。</translation>
    </message>
    <message>
        <source>Your earlier changes can no longer be undone: the import replaced some annotations.</source>
        <translation>読み込みによって一部の注釈が置き換えられたため、これまでの変更は元に戻せなくなりました。</translation>
    </message>
    <message>
        <source>The annotations could not be exported to {path}: {reason}</source>
        <translation>注釈を {path} に書き出せませんでした：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}.</source>
        <translation>
            <numerusform>%n 件の注釈を {path} に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationListModel</name>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>箇所</translation>
    </message>
    <message>
        <source>unknown passage</source>
        <translation>不明な箇所</translation>
    </message>
    <message>
        <source>{where} (not found)</source>
        <translation>{where}（見つかりません）</translation>
    </message>
    <message>
        <source>Quote: {quote}. Note: {note}. Tags: {tags}. Colour: {colour}. {passage}</source>
        <translation>引用：{quote}。メモ：{note}。タグ：{tags}。色：{colour}。{passage}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>AnnotationService</name>
    <message>
        <source>{path} was an empty file; it was set up as your new annotation database.</source>
        <translation>{path} は空のファイルだったため、新しい注釈データベースとして設定しました。</translation>
    </message>
    <message>
        <source>Your annotations could not be opened ({reason}). Changes in this session will not be saved.</source>
        <translation>注釈を開けませんでした（{reason}）。このセッションでの変更は保存されません。</translation>
    </message>
    <message>
        <source>the annotation database</source>
        <translation>注釈のデータベース</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}) and was left as it is, so your annotations are not shown. Restore it from a backup, or move it away to start anew.</source>
        <translation>{path} は破損しているため（{reason}）、そのまま残し、注釈は表示していません。バックアップから復元するか、別の場所に移動して新しく始めてください。</translation>
    </message>
    <message>
        <source>Your annotations cannot be shown or saved in this session: {reason}</source>
        <translation>このセッションでは注釈を表示・保存できません：{reason}</translation>
    </message>
    <message>
        <source>Annotate “{quote}”</source>
        <translation>注釈を付ける「{quote}」</translation>
    </message>
    <message>
        <source>Edit annotation “{quote}”</source>
        <translation>注釈を編集「{quote}」</translation>
    </message>
    <message>
        <source>Delete annotation “{quote}”</source>
        <translation>注釈を削除「{quote}」</translation>
    </message>
    <message>
        <source>{action}: not applied, because the annotation was changed elsewhere (another window?). Nothing else was changed.</source>
        <translation>{action}：注釈が別の場所（別のウィンドウ？）で変更されていたため、適用しませんでした。ほかには何も変更していません。</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>No annotations yet. To make one, select words in the text, then choose Edit ▸ Annotate… (Ctrl+Shift+A) or right-click the selection. File ▸ Import annotations… brings in a file of them.</source>
        <translation>注釈はまだありません。注釈を付けるには、本文の語句を選択してから 編集 ▸ 注釈を付ける…（Ctrl+Shift+A）を選ぶか、選択範囲を右クリックします。ファイル ▸ 注釈を読み込む… でファイルから取り込めます。</translation>
    </message>
    <message>
        <source>No annotation matches these filters.</source>
        <translation>この絞り込み条件に合う注釈はありません。</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Annotations panel</source>
        <translation>注釈パネル</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>タグで絞り込む</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>色で絞り込む</translation>
    </message>
    <message>
        <source>Filter by linked place</source>
        <translation>関連付けた場所で絞り込む</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>文字列で絞り込む</translation>
    </message>
    <message>
        <source>Filter by text in the quote, the note or the tags</source>
        <translation>引用・メモ・タグの文字列で絞り込む</translation>
    </message>
    <message>
        <source>Stop listing one passage only</source>
        <translation>1 つの箇所だけの一覧をやめる</translation>
    </message>
    <message>
        <source>List the annotations of every passage again</source>
        <translation>すべての箇所の注釈を再び一覧表示します</translation>
    </message>
    <message>
        <source>Anchored annotations</source>
        <translation>本文に対応する注釈</translation>
    </message>
    <message>
        <source>Annotations not anchored in the text</source>
        <translation>本文に対応しない注釈</translation>
    </message>
    <message>
        <source>Annotation lists</source>
        <translation>注釈の一覧</translation>
    </message>
    <message>
        <source>Anchored</source>
        <translation>本文に対応</translation>
    </message>
    <message>
        <source>Not anchored</source>
        <translation>対応なし</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>編集(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the selected annotation</source>
        <translation>選択した注釈を編集</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>選択した注釈を削除</translation>
    </message>
    <message>
        <source>Annotation count</source>
        <translation>注釈の件数</translation>
    </message>
    <message>
        <source>How to make an annotation</source>
        <translation>注釈の付け方</translation>
    </message>
    <message>
        <source>&amp;Annotations panel</source>
        <translation>注釈パネル(&amp;A)</translation>
    </message>
    <message>
        <source>Show or hide the list of your annotations (Ctrl+Shift+N)</source>
        <translation>注釈の一覧を表示／非表示にします（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>注釈を削除</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>すべての色</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>すべての場所</translation>
    </message>
    <message>
        <source>Only {passage} — show all passages</source>
        <translation>{passage} のみ — すべての箇所を表示</translation>
    </message>
    <message>
        <source>Anchored ({count})</source>
        <translation>本文に対応（{count}）</translation>
    </message>
    <message>
        <source>Not anchored ({count})</source>
        <translation>対応なし（{count}）</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) (filtered)</source>
        <translation>
            <numerusform>注釈 %n 件（絞り込み中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>注釈 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundReanchor</name>
    <message>
        <source>Checking annotations against the texts: {done:,} of {total:,}…</source>
        <translation>注釈を本文と照合しています：{done:,} / {total:,}…</translation>
    </message>
    <message>
        <source>Checking annotations against the texts…</source>
        <translation>注釈を本文と照合しています…</translation>
    </message>
    <message>
        <source>Annotations checked against the texts: {anchored:,} in place, {orphans:,} orphaned</source>
        <translation>注釈を本文と照合しました：対応 {anchored:,} 件、孤立 {orphans:,} 件</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <source>What the map shows</source>
        <translation>地図の表示内容</translation>
    </message>
</context>
<context>
    <name>ClaimMatrixModel</name>
    <message>
        <source>Reading</source>
        <translation>解釈</translation>
    </message>
</context>
<context>
    <name>ClaimMatrixView</name>
    <message>
        <source>Comparison matrix</source>
        <translation>対照表</translation>
    </message>
    <message>
        <source>One row per reading, one column per island group; each cell names the claim. Arrow keys move, Enter selects the reading with that island in focus.</source>
        <translation>行は解釈、列は島ごとで、各セルに主張を示します。矢印キーで移動し、Enter でその島に注目した解釈を選択します。</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>(opens in your browser after you confirm)</source>
        <translation>（確認後にブラウザで開きます）</translation>
    </message>
</context>
<context>
    <name>EditionExport</name>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>{path} に書き出しました。</translation>
    </message>
    <message>
        <source>The {kind} could not be written to {path}: {reason}</source>
        <translation>{kind}を {path} に書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF を書き出す(&amp;P)…</translation>
    </message>
    <message>
        <source>The declaration with every status and gap, your highlights, and your notes as endnotes</source>
        <translation>すべての確認状況と欠落、あなたのハイライト、巻末注としてのメモを含む宣言</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported the declaration with your notes to {path}.</source>
        <translation>メモ付きの宣言を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Export &amp;TEI…</source>
        <translation>TEI を書き出す(&amp;T)…</translation>
    </message>
    <message>
        <source>The edition as TEI P5 XML, with every status and gap, the editorial notes and your annotations</source>
        <translation>すべての確認状況と欠落、編者注、あなたの注釈を含む TEI P5 XML 形式の版</translation>
    </message>
    <message>
        <source>TEI file</source>
        <translation>TEI ファイル</translation>
    </message>
    <message>
        <source>TEI XML (*.xml)</source>
        <translation>TEI XML (*.xml)</translation>
    </message>
    <message>
        <source>Exported the edition as TEI to {path}.</source>
        <translation>版を TEI として {path} に書き出しました。</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>Why this island matters</source>
        <translation>この島が問題となる理由</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <source>The declaration does not name {names}. Article 9 names only Habomai and Shikotan; whether the other islands remain a subject of the peace-treaty negotiations is what the readings below dispute.</source>
        <translation>宣言は{names}に言及していません。第9項が名を挙げるのは歯舞と色丹のみです。ほかの島々が平和条約交渉の対象として残るかどうかが、以下の解釈の争点です。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Readings concerned</source>
        <translation>関係する解釈</translation>
    </message>
    <message>
        <source>What the selection concerns</source>
        <translation>選択の対象</translation>
    </message>
    <message>
        <source>Only these</source>
        <translation>これだけ表示</translation>
    </message>
    <message>
        <source>Show only the readings concerned</source>
        <translation>関係する解釈だけを表示</translation>
    </message>
    <message>
        <source>Hide the readings that do not concern the selection</source>
        <translation>選択に関係しない解釈を隠します</translation>
    </message>
    <message>
        <source>No reading here discusses {label}</source>
        <translation>{label}を論じる解釈はありません</translation>
    </message>
    <message numerus="yes">
        <source>All %n readings read {label}</source>
        <translation>
            <numerusform>全 %n 件の解釈が{label}を扱う</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n readings read {label}</source>
        <translation>
            <numerusform>{count} 件（全 %n 件中）の解釈が{label}を扱う</numerusform>
        </translation>
    </message>
    <message>
        <source>No reading here concerns {label}</source>
        <translation>{label}に関係する解釈はありません</translation>
    </message>
    <message numerus="yes">
        <source>All %n readings concern {label}</source>
        <translation>
            <numerusform>全 %n 件の解釈が{label}に関係する</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n readings concern {label}</source>
        <translation>
            <numerusform>{count} 件（全 %n 件中）の解釈が{label}に関係する</numerusform>
        </translation>
    </message>
    <message>
        <source>Readings of this passage</source>
        <translation>この箇所についての解釈</translation>
    </message>
    <message>
        <source>Readings that say something specific about this place: a claim other than &apos;undetermined&apos;, or a note on it</source>
        <translation>この場所について具体的に述べる解釈：「未定」以外の主張、またはこの場所への注記があるもの</translation>
    </message>
    <message>
        <source>: in bold in the list and the matrix</source>
        <translation>：一覧と対照表では太字</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in text</source>
        <translation>本文を検索</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次の一致（F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <source>The interface will be in %1 from the next start.</source>
        <translation>次回の起動から表示言語は%1になります。</translation>
    </message>
    <message>
        <source>The interface will follow the system language (%1) from the next start.</source>
        <translation>次回の起動から表示言語はシステムの言語（%1）に従います。</translation>
    </message>
    <message>
        <source>The interface is in %1.</source>
        <translation>表示言語は%1です。</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage</source>
        <translation>表示言語(&amp;G)</translation>
    </message>
    <message>
        <source>Follow the &amp;system (%1)</source>
        <translation>システムの設定に従う(&amp;S)（%1）</translation>
    </message>
</context>
<context>
    <name>InterpretationsPane</name>
    <message>
        <source>Readings</source>
        <translation>解釈</translation>
    </message>
    <message>
        <source>Competing readings of the declaration: by party, as a claims matrix, a timeline of events and the sources</source>
        <translation>宣言をめぐる対立する解釈：当事者別、主張の対照表、出来事の年表、文献</translation>
    </message>
</context>
<context>
    <name>KeyboardReference</name>
    <message>
        <source>Keyboard reference</source>
        <translation>キーボード操作一覧</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>LanguageToggles</name>
    <message>
        <source>Show the {language} text (Ctrl+Shift+{n})</source>
        <translation>{language} の本文を表示（Ctrl+Shift+{n}）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Japanese &amp;and Russian names</source>
        <translation>日本側とロシア側の名称(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Japanese names</source>
        <translation>日本側の名称(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Russian names</source>
        <translation>ロシア側の名称(&amp;R)</translation>
    </message>
    <message>
        <source>Both in native &amp;script (国後島 / Кунашир)</source>
        <translation>両方を各言語の文字で(&amp;S)（国後島 / Кунашир）</translation>
    </message>
    <message>
        <source>Joint Declaration of 19 October 1956</source>
        <translation>1956年10月19日の日ソ共同宣言</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Place &amp;names</source>
        <translation>地名の表記(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>Focus &amp;Declaration text</source>
        <translation>宣言本文へ(&amp;D)</translation>
    </message>
    <message>
        <source>Focus &amp;Readings</source>
        <translation>解釈へ(&amp;R)</translation>
    </message>
    <message>
        <source>Focus &amp;Map</source>
        <translation>地図へ(&amp;M)</translation>
    </message>
    <message>
        <source>Focus the &amp;note under the text</source>
        <translation>本文の下の注へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>選択を解除(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard reference</source>
        <translation>キーボード操作一覧(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Declaration Viewer</source>
        <translation>Declaration Viewer について(&amp;A)</translation>
    </message>
    <message>
        <source>Your annotations cannot be saved in this session: {error}</source>
        <translation>このセッションでは注釈を保存できません：{error}</translation>
    </message>
    <message>
        <source>Read-only mode: your annotations are shown but cannot be changed.</source>
        <translation>読み取り専用モード：注釈は表示されますが、変更はできません。</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>バックグラウンド処理</translation>
    </message>
    <message>
        <source>Selected: {what}</source>
        <translation>選択中：{what}</translation>
    </message>
    <message>
        <source>Selection cleared</source>
        <translation>選択を解除しました</translation>
    </message>
    <message>
        <source>your annotation {quote}</source>
        <translation>あなたの注釈{quote}</translation>
    </message>
    <message>
        <source>an annotation</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>About Declaration Viewer</source>
        <translation>Declaration Viewer について</translation>
    </message>
    <message>
        <source>Docked panels</source>
        <translation>ドッキングしたパネル</translation>
    </message>
</context>
<context>
    <name>MapHeader</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年(&amp;Y):</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>地図ツール</translation>
    </message>
    <message>
        <source>Map views</source>
        <translation>地図の表示範囲</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>合わせる</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>係争</translation>
    </message>
    <message>
        <source>Whole chain</source>
        <translation>列島全体</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>地図の凡例</translation>
    </message>
    <message>
        <source>(dashed: no agreed line)</source>
        <translation>（破線：合意された線はない）</translation>
    </message>
    <message>
        <source>Lines in force {year}</source>
        <translation>有効な線：{year}</translation>
    </message>
    <message>
        <source>Lines in force in {year}</source>
        <translation>{year}年に有効な線</translation>
    </message>
    <message>
        <source> — no line of this period is drawn</source>
        <translation> — この時期の線は描かれていません</translation>
    </message>
    <message>
        <source>Borders in force {year}</source>
        <translation>有効な国境：{year}</translation>
    </message>
    <message>
        <source>Borders in force in {year}</source>
        <translation>{year}年に有効な国境</translation>
    </message>
    <message>
        <source>Line of control {year} — not an agreed border</source>
        <translation>施政の境界線：{year} — 合意された国境ではない</translation>
    </message>
    <message>
        <source>Line of control in {year} — not an agreed border</source>
        <translation>{year}年の施政の境界線 — 合意された国境ではない</translation>
    </message>
    <message>
        <source>Reference and proposed lines — not borders</source>
        <translation>参考線・提案された線 — 国境ではない</translation>
    </message>
    <message>
        <source>What the lines are</source>
        <translation>各線の説明</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>Map of the islands, with the historical lines by year</source>
        <translation>島々の地図と、年ごとの歴史的な線</translation>
    </message>
    <message>
        <source>Island map</source>
        <translation>島の地図</translation>
    </message>
    <message>
        <source>Tab or arrow keys move between islands, Enter selects; plus and minus zoom; drag to pan</source>
        <translation>Tab または矢印キーで島を移動し、Enter で選択。プラスとマイナスで拡大・縮小、ドラッグで移動</translation>
    </message>
    <message>
        <source>(kept: the year you chose; the selection is about {year})</source>
        <translation>（あなたが選んだ年のまま。選択は{year}年に関するもの）</translation>
    </message>
    <message>
        <source>Zoom Map &amp;In</source>
        <translation>地図を拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom Map &amp;Out</source>
        <translation>地図を縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Fit Map to &amp;Selection</source>
        <translation>選択範囲に地図を合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>Map: &amp;Disputed Islands</source>
        <translation>地図：係争中の島々(&amp;D)</translation>
    </message>
    <message>
        <source>Map: &amp;Whole Kuril Chain</source>
        <translation>地図：千島列島全体(&amp;W)</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the islands</source>
        <translation>島々の地図</translation>
    </message>
</context>
<context>
    <name>NoteView</name>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>用語</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>文言</translation>
    </message>
    <message>
        <source>About the text</source>
        <translation>本文について</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注</translation>
    </message>
    <message>
        <source>Close the note</source>
        <translation>注を閉じる</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>注の本文</translation>
    </message>
    <message>
        <source>(map)</source>
        <translation>（地図）</translation>
    </message>
    <message>
        <source>(reading)</source>
        <translation>（解釈）</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>関連項目：</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Anchored in: {languages}</source>
        <translation>対応する本文：{languages}</translation>
    </message>
    <message>
        <source>Your annotation</source>
        <translation>あなたの注釈</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>孤立</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This quote no longer matches the text; the annotation is kept and listed with the orphans.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;この引用はもう本文と一致しません。注釈は保持され、孤立した注釈として一覧に載ります。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>（メモなし）</translation>
    </message>
    <message>
        <source>The note is {length:,} characters long; the first {shown:,} are shown here. Edit &gt; Edit annotation… shows it all, and the exports keep it all.</source>
        <translation>メモは {length:,} 文字あり、ここには最初の {shown:,} 文字を表示しています。編集 &gt; 注釈を編集… で全文を表示でき、書き出しには全文が含まれます。</translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>タグ：</translation>
    </message>
    <message>
        <source> … and {more:,} more</source>
        <translation> …ほか {more:,} 件</translation>
    </message>
    <message>
        <source>Colour: </source>
        <translation>色：</translation>
    </message>
    <message>
        <source>Created {created} UTC · edited {modified} UTC · Edit &gt; Edit annotation… (Ctrl+Shift+E)</source>
        <translation>作成 {created} UTC · 編集 {modified} UTC · 編集 &gt; 注釈を編集…（Ctrl+Shift+E）</translation>
    </message>
</context>
<context>
    <name>PassageActions</name>
    <message>
        <source>Supply text from an edition…</source>
        <translation>版から本文を補完…</translation>
    </message>
</context>
<context>
    <name>ReadingList</name>
    <message>
        <source>Grouped by party</source>
        <translation>当事者別</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>日付順</translation>
    </message>
    <message>
        <source>Order of readings</source>
        <translation>解釈の並び順</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>並び順(&amp;O):</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解釈</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>解釈一覧</translation>
    </message>
</context>
<context>
    <name>ReadingTabs</name>
    <message>
        <source>The readings, by party or by date</source>
        <translation>当事者別または日付順の解釈</translation>
    </message>
    <message>
        <source>Claims matrix: each reading × each island group</source>
        <translation>主張の対照表：各解釈 × 各島</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>出来事の年表</translation>
    </message>
    <message>
        <source>Sources: the bibliography, with what was checked</source>
        <translation>文献：確認した範囲を付けた文献一覧</translation>
    </message>
    <message>
        <source>Reading views</source>
        <translation>解釈の表示</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>一覧(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>対照表(&amp;M)</translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation>出来事(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>文献(&amp;S)</translation>
    </message>
    <message>
        <source>Readings: &amp;Reading list</source>
        <translation>解釈：一覧(&amp;R)</translation>
    </message>
    <message>
        <source>Readings: &amp;Matrix</source>
        <translation>解釈：対照表(&amp;M)</translation>
    </message>
    <message>
        <source>Readings: &amp;Timeline of events</source>
        <translation>解釈：出来事の年表(&amp;T)</translation>
    </message>
    <message>
        <source>Readings: Sour&amp;ces</source>
        <translation>解釈：文献(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Declaration</source>
        <translation>宣言</translation>
    </message>
    <message>
        <source>Editorial notes</source>
        <translation>編者注</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>解釈</translation>
    </message>
    <message>
        <source>Your annotations</source>
        <translation>あなたの注釈</translation>
    </message>
    <message>
        <source>not anchored</source>
        <translation>本文に対応なし</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search panel</source>
        <translation>検索パネル</translation>
    </message>
    <message>
        <source>Search the declaration, notes, readings and your notes</source>
        <translation>宣言・注・解釈・あなたの注釈を検索</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>すべてを検索</translation>
    </message>
    <message>
        <source>Type to search in English, Russian or Japanese.</source>
        <translation>英語・ロシア語・日本語で入力して検索します。</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>検索結果の概要</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Searc&amp;h everything…</source>
        <translation>すべてを検索(&amp;H)…</translation>
    </message>
    <message>
        <source>Search the declaration, the notes, the readings and your annotations (Ctrl+Shift+F)</source>
        <translation>宣言・注・解釈・あなたの注釈を検索します（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Search &amp;panel</source>
        <translation>検索パネル(&amp;P)</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>該当なし。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Click one, or press Enter on it, to go there.</source>
        <translation>
            <numerusform>%n 件。クリックするか Enter キーを押すと、その場所へ移動します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionBanner</name>
    <message>
        <source>Selection note</source>
        <translation>選択についての説明</translation>
    </message>
    <message>
        <source>{name} is not named in the declaration. Article 9 names only the Habomai Islands and Shikotan; whether its silence about this island settled or left open its status is what the readings dispute (see the Readings pane).</source>
        <translation>{name}は宣言に名が挙げられていません。第9項が挙げるのは歯舞群島及び色丹島のみです。この島についての沈黙がその地位を決着させたのか、未解決のまま残したのかが、解釈の争点です（解釈ペインを参照）。</translation>
    </message>
    <message>
        <source>{name} is not named in the declaration.</source>
        <translation>{name}は宣言に名が挙げられていません。</translation>
    </message>
    <message>
        <source>Mentions of {name} are marked.</source>
        <translation>{name}への言及に印を付けています。</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>文献</translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>文献一覧</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>文献</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>確認状況</translation>
    </message>
    <message>
        <source>Checked: {where}</source>
        <translation>確認：{where}</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>引用表記をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy citation of the selected source</source>
        <translation>選択した文献の引用表記をコピー</translation>
    </message>
    <message>
        <source>Copy a plain-text citation of the selected source</source>
        <translation>選択した文献の引用表記をテキストでコピーします</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>引用表記をコピー</translation>
    </message>
</context>
<context>
    <name>SuppliedText</name>
    <message>
        <source>&amp;Supply text from an edition…</source>
        <translation>版から本文を補完(&amp;S)…</translation>
    </message>
    <message>
        <source>Supply the wording of an unverified or missing paragraph from an edition you hold</source>
        <translation>未確認または欠文の段落の文言を、お手元の版から補完します</translation>
    </message>
    <message>
        <source>Your annotation database is read-only: supplied text cannot be saved.</source>
        <translation>注釈データベースは読み取り専用です。補完した本文は保存できません。</translation>
    </message>
    <message>
        <source>Supply {}</source>
        <translation>{} を補完</translation>
    </message>
    <message>
        <source>The supplied text was not changed: {}</source>
        <translation>補完した本文は変更されませんでした: {}</translation>
    </message>
    <message>
        <source>Edit supplied text “{}”</source>
        <translation>補完した本文「{}」を編集</translation>
    </message>
    <message>
        <source>Withdraw supplied text “{}”</source>
        <translation>補完した本文「{}」を取り下げ</translation>
    </message>
</context>
<context>
    <name>SupplyDialog</name>
    <message>
        <source>Edit supplied text</source>
        <translation>補完した本文を編集</translation>
    </message>
    <message>
        <source>Supply text from an edition</source>
        <translation>版から本文を補完</translation>
    </message>
    <message>
        <source>Wording you supply is stored in your annotation database, shown with its edition and page, and never as verified.</source>
        <translation>補完した文言はお使いの注釈データベースに保存され、版と頁を添えて表示されます。確認済みとして扱われることはありません。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>文言</translation>
    </message>
    <message>
        <source>The paragraph&apos;s wording exactly as printed</source>
        <translation>印刷されたとおりの段落の文言</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Author, title, year — or a URL</source>
        <translation>著者、書名、年 — または URL</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>問題点</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>補完</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Paragraph:</source>
        <translation>段落(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>文言(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>版(&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>頁(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>備考(&amp;R):</translation>
    </message>
</context>
<context>
    <name>TextColumns</name>
    <message>
        <source>Declaration text</source>
        <translation>宣言本文</translation>
    </message>
</context>
<context>
    <name>TextFind</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>Select some text within one passage first, then choose Annotate.</source>
        <translation>まず 1 つの箇所の中で本文を選択し、それから「注釈を付ける」を選んでください。</translation>
    </message>
    <message>
        <source>Select one of your annotations first: click its highlight in the text.</source>
        <translation>まず注釈を 1 つ選んでください：本文中のハイライトをクリックします。</translation>
    </message>
    <message>
        <source>Annotations are read-only: see the message shown at start-up.</source>
        <translation>注釈は読み取り専用です。起動時のメッセージを参照してください。</translation>
    </message>
    <message>
        <source>Not annotated: {reason}</source>
        <translation>注釈を付けられませんでした：{reason}</translation>
    </message>
    <message>
        <source>That annotation is not in your store any more.</source>
        <translation>その注釈はもう保存されていません。</translation>
    </message>
    <message>
        <source>Annotation deleted (Edit &gt; Undo brings it back).</source>
        <translation>注釈を削除しました（編集 &gt; 元に戻す で戻せます）。</translation>
    </message>
    <message>
        <source>View &gt; Annotations panel (Ctrl+Shift+N) will list every annotation of this passage.</source>
        <translation>表示 &gt; 注釈パネル（Ctrl+Shift+N）で、この箇所のすべての注釈が一覧表示されます。</translation>
    </message>
    <message>
        <source>Status mark: {label}. Enter shows where the wording comes from.</source>
        <translation>状態の印：{label}。Enter でこの文言の出どころを表示します。</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Click to open the note&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;クリックで注を開きます&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your note&lt;/b&gt;</source>
        <translation>&lt;b&gt;あなたのメモ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（本文なし）</translation>
    </message>
    <message>
        <source>Open the Annotations panel with every annotation of this passage.</source>
        <translation>この箇所のすべての注釈を注釈パネルで開きます。</translation>
    </message>
    <message>
        <source>This wording could not be checked against an edition. Click for details.</source>
        <translation>この文言は版と照合できませんでした。クリックで詳細を表示します。</translation>
    </message>
    <message>
        <source>Where this wording comes from</source>
        <translation>この文言の出どころ</translation>
    </message>
    <message>
        <source>About this text</source>
        <translation>本文について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This annotation is not in your store any more: it was deleted (Edit &gt; Undo brings a deletion back).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;この注釈はもう保存されていません。削除されました（編集 &gt; 元に戻す で削除を取り消せます）。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Declaration text</source>
        <translation>宣言本文</translation>
    </message>
    <message>
        <source>The Joint Declaration in English, Russian and Japanese, aligned article by article</source>
        <translation>英語・ロシア語・日本語の共同宣言を項ごとに並べたもの</translation>
    </message>
    <message>
        <source>&lt;b&gt;Joint Declaration, 19 October 1956&lt;/b&gt;</source>
        <translation>&lt;b&gt;日ソ共同宣言（1956年10月19日）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Text pane title</source>
        <translation>本文ペインの見出し</translation>
    </message>
    <message>
        <source>No note is open: Enter on a link in the text opens one.</source>
        <translation>開いている注はありません。本文中のリンクで Enter を押すと開きます。</translation>
    </message>
    <message>
        <source>Your annotation</source>
        <translation>あなたの注釈</translation>
    </message>
    <message>
        <source>Select this passage</source>
        <translation>この箇所を選択</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>引用表記をコピー</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>注釈を付ける(&amp;A)…</translation>
    </message>
    <message>
        <source>Annotate the selected text (Ctrl+Shift+A)</source>
        <translation>選択した本文に注釈を付けます（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>About this &amp;text</source>
        <translation>このテキストについて(&amp;T)</translation>
    </message>
    <message>
        <source>Editions, sources and what could be checked</source>
        <translation>版、出典、確認できた範囲</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Text languages</source>
        <translation>本文の言語</translation>
    </message>
    <message>
        <source>&amp;Find in text…</source>
        <translation>本文を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>次を検索(&amp;X)</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>Small&amp;er text</source>
        <translation>文字を小さく(&amp;E)</translation>
    </message>
    <message>
        <source>Reset text si&amp;ze</source>
        <translation>文字の大きさを戻す(&amp;Z)</translation>
    </message>
    <message>
        <source>Copy passage &amp;citation</source>
        <translation>箇所の引用表記をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy passage &amp;link</source>
        <translation>箇所へのリンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit annotation…</source>
        <translation>注釈を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>注釈を削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of events</source>
        <translation>出来事の年表</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Date as given in {source}.</source>
        <translation>日付は{source}による。</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>The text (each paragraph)</source>
        <extracomment>The kinds of entry the vocabulary covers, in the order About this text explains them.</extracomment>
        <translation>本文（各段落）</translation>
    </message>
    <message>
        <source>Sources (the bibliography)</source>
        <translation>出典（文献一覧）</translation>
    </message>
    <message>
        <source>Events (the timeline)</source>
        <translation>出来事（年表）</translation>
    </message>
    <message>
        <source>Status words</source>
        <translation>確認状況を表す語</translation>
    </message>
    <message>
        <source>One vocabulary for the text, the sources and the events; the number after a word is how many entries carry it.</source>
        <translation>本文・出典・出来事に共通の語彙です。語の後の数は、その語が付いた項目の数です。</translation>
    </message>
    <message>
        <source>Weak witnesses ({count})</source>
        <translation>信頼性の低い伝本（{count}）</translation>
    </message>
    <message>
        <source>&lt;p&gt;The declaration was signed in Russian and Japanese, both texts equally authentic; the English is a translation. No complete copy of any of the three could be checked for this edition, so every paragraph carries its status.&lt;/p&gt;</source>
        <translation>&lt;p&gt;宣言はロシア語と日本語で署名され、両本文はひとしく正文です。英語は翻訳です。この版のために3つのいずれについても完全な写しを確認できなかったため、各段落にその確認状況を付けています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>authentic text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Paragraphs: {summary}</source>
        <translation>段落：{summary}</translation>
    </message>
    <message>
        <source> (from the {language} text)</source>
        <translation>（{language} の本文から）</translation>
    </message>
    <message>
        <source>Status — {status}</source>
        <translation>確認状況 — {status}</translation>
    </message>
</context>
<context>
    <name>about_app</name>
    <message>
        <source>&lt;p&gt;An offline reader for the Joint Declaration of the Union of Soviet Socialist Republics and Japan, signed at Moscow on 19 October 1956.&lt;/p&gt;</source>
        <translation>&lt;p&gt;1956年10月19日にモスクワで署名された、日本国とソヴィエト社会主義共和国連邦との共同宣言をオフラインで読むためのアプリです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Code&lt;/b&gt;: MIT licence. Built with Qt for Python (PySide6, LGPL-3.0) and sqlite-utils (Apache-2.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;コード&lt;/b&gt;：MIT ライセンス。Qt for Python（PySide6、LGPL-3.0）と sqlite-utils（Apache-2.0）を使用しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Texts&lt;/b&gt;: the official texts are public documents, reproduced verbatim from the editions named in &lt;i&gt;About this text&lt;/i&gt;; wording we could not check is marked as unverified. Notes, readings and summaries are our own words (CC BY 4.0) with citations.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;テキスト&lt;/b&gt;：公式の本文は公文書であり、&lt;i&gt;このテキストについて&lt;/i&gt;に挙げた版からそのまま収録しています。確認できなかった文言には未確認の印を付けています。注・解釈・要約は出典を付した私たち自身の文章です（CC BY 4.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Coastlines&lt;/b&gt;: GSHHG 2.3.6 (Wessel &amp;amp; Smith), LGPL-3.0-or-later; clipped and simplified.</source>
        <translation>&lt;p&gt;&lt;b&gt;海岸線&lt;/b&gt;：GSHHG 2.3.6（Wessel &amp;amp; Smith）、LGPL-3.0-or-later。切り抜きと簡略化を施しています。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Font&lt;/b&gt;: the bundled Japanese/Russian glyphs are a subset of Noto Sans CJK (© 2014-2021 Adobe), SIL Open Font License 1.1, renamed “DV Sans CJK JP Subset” as that licence requires.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;フォント&lt;/b&gt;：同梱の日本語・ロシア語の字形は Noto Sans CJK（© 2014-2021 Adobe）のサブセットで、SIL Open Font License 1.1 に基づき、同ライセンスの求めに従って「DV Sans CJK JP Subset」と改名しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The app takes no side in the territorial dispute: places are named in both Japanese and Russian forms, and each party&apos;s reading is stated in its own terms.&lt;/p&gt;</source>
        <translation>&lt;p&gt;このアプリは領土問題においていずれの側にも立ちません。地名は日本側とロシア側の両方の名称で示し、各当事者の解釈はその当事者自身の言葉で述べています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Details are in the log: {path}</source>
        <translation>詳細はログにあります：{path}</translation>
    </message>
    <message>
        <source>Declaration Viewer — unexpected error</source>
        <translation>Declaration Viewer — 予期しないエラー</translation>
    </message>
    <message>
        <source>The content could not be loaded:
{reason}</source>
        <translation>内容を読み込めませんでした：
{reason}</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <source>to be handed over to Japan (a transfer)</source>
        <translation>日本に引き渡される（引き渡し）</translation>
    </message>
    <message>
        <source>to be returned to Japan (Japanese territory)</source>
        <translation>日本に返還される（日本の領土）</translation>
    </message>
    <message>
        <source>remains Soviet / Russian</source>
        <translation>ソ連／ロシアに属し続ける</translation>
    </message>
    <message>
        <source>left open or not addressed</source>
        <translation>未決定、または触れていない</translation>
    </message>
    <message>
        <source>transfer</source>
        <extracomment>The claim words as the interface shows them (the data&apos;s words are these in English).</extracomment>
        <translation>引き渡し</translation>
    </message>
    <message>
        <source>return</source>
        <translation>返還</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>引き渡し</translation>
    </message>
    <message>
        <source>to be transferred to Japan (after a peace treaty)</source>
        <translation>日本に引き渡される（平和条約の締結後）</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>返還</translation>
    </message>
    <message>
        <source>to be returned to Japan</source>
        <translation>日本に返還される</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>remains with the Soviet Union / Russia</source>
        <translation>ソ連／ロシアに残る</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>left open or not determined</source>
        <translation>未決定、または定めていない</translation>
    </message>
</context>
<context>
    <name>colours</name>
    <message>
        <source>No colour</source>
        <translation>色なし</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>ピンク</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>オレンジ</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>紫</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <source>reading {title}</source>
        <translation>解釈{title}</translation>
    </message>
    <message>
        <source>note {title}</source>
        <translation>注{title}</translation>
    </message>
    <message>
        <source>event {title}</source>
        <translation>出来事{title}</translation>
    </message>
    <message>
        <source>source {title}</source>
        <translation>出典{title}</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <source>(not in the bibliography)</source>
        <translation>（文献一覧にない）</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>対象箇所：</translation>
    </message>
    <message>
        <source>Claim per island</source>
        <translation>島ごとの主張</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>論拠</translation>
    </message>
    <message>
        <source>Quotations (checked verbatim)</source>
        <translation>引用（原文どおりと確認済み）</translation>
    </message>
    <message>
        <source>Checked: {where}</source>
        <translation>確認：{where}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>(date as given in {source})</source>
        <translation>（日付は{source}による）</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>場所：</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>解釈</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>確認状況：</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>確認：</translation>
    </message>
    <message>
        <source>(not opened from here)</source>
        <translation>（ここからは開きません）</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>引用している解釈</translation>
    </message>
    <message>
        <source>What the readings say about {name}</source>
        <translation>{name}についての各解釈</translation>
    </message>
    <message>
        <source>No reading says something specific about it.</source>
        <translation>これについて具体的に述べる解釈はありません。</translation>
    </message>
</context>
<context>
    <name>detail_view</name>
    <message>
        <source>the readings are not narrowed by it.</source>
        <translation>解釈の絞り込みは行いません。</translation>
    </message>
    <message>
        <source>Your annotation is selected: {rest}</source>
        <translation>あなたの注釈が選択されています：{rest}</translation>
    </message>
    <message>
        <source>{name} is not one of the island groups the readings make claims about: {rest}</source>
        <translation>{name}は、解釈が主張の対象とする島には含まれません：{rest}</translation>
    </message>
    <message>
        <source>Readings of {label}</source>
        <translation>{label}についての解釈</translation>
    </message>
    <message>
        <source>No reading here discusses {label}: {rest}</source>
        <translation>{label}を論じる解釈はありません：{rest}</translation>
    </message>
    <message>
        <source>The note {note}: what the readings say about {label}</source>
        <translation>注「{note}」：{label}についての各解釈</translation>
    </message>
    <message>
        <source>The note {note} names none of the island groups the readings make claims about: {rest}</source>
        <translation>注「{note}」は、解釈が主張の対象とする島をいずれも挙げていません：{rest}</translation>
    </message>
    <message>
        <source>{ref} is not in the content: {rest}</source>
        <translation>{ref}は内容に含まれていません：{rest}</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Open in your browser?</source>
        <translation>ブラウザで開きますか？</translation>
    </message>
    <message>
        <source>This link leads outside the app:

{url}

Open it in your web browser?</source>
        <translation>このリンクはアプリの外に出ます：

{url}

Web ブラウザで開きますか？</translation>
    </message>
</context>
<context>
    <name>map</name>
    <message>
        <source>Named in the selected passage</source>
        <translation>選択した箇所で名が挙げられている</translation>
    </message>
    <message>
        <source>Not named in the selected passage</source>
        <translation>選択した箇所では名が挙げられていない</translation>
    </message>
    <message>
        <source>Named in the selected note</source>
        <translation>選択した注で名が挙げられている</translation>
    </message>
    <message>
        <source>Not named in the selected note</source>
        <translation>選択した注では名が挙げられていない</translation>
    </message>
    <message>
        <source>Named in the selected event</source>
        <translation>選択した出来事で名が挙げられている</translation>
    </message>
    <message>
        <source>Not named in the selected event</source>
        <translation>選択した出来事では名が挙げられていない</translation>
    </message>
    <message>
        <source>Named in the selected annotation</source>
        <translation>選択した注釈で名が挙げられている</translation>
    </message>
    <message>
        <source>Not named in the selected annotation</source>
        <translation>選択した注釈では名が挙げられていない</translation>
    </message>
    <message>
        <source>Selected ({name})</source>
        <translation>選択中（{name}）</translation>
    </message>
    <message>
        <source>Not part of the selection ({name})</source>
        <translation>選択に含まれない（{name}）</translation>
    </message>
    <message>
        <source>Reading {who}: {word} — {meaning}</source>
        <translation>解釈 {who}：{word} — {meaning}</translation>
    </message>
    <message>
        <source>Reading {who}: says nothing of this island</source>
        <translation>解釈 {who}：この島には触れていない</translation>
    </message>
    <message>
        <source>Unnamed islet</source>
        <translation>無名の小島</translation>
    </message>
    <message>
        <source>Part of: {group}</source>
        <translation>所属：{group}</translation>
    </message>
    <message>
        <source>Japanese: {name} ({romanised})</source>
        <translation>日本語：{name}（{romanised}）</translation>
    </message>
    <message>
        <source>Russian: {name} ({romanised})</source>
        <translation>ロシア語：{name}（{romanised}）</translation>
    </message>
    <message>
        <source>English: {name}</source>
        <translation>英語：{name}</translation>
    </message>
    <message>
        <source>Area: {area:,.1f} km² (from the drawn coastline)</source>
        <translation>面積：{area:,.1f} km²（描画した海岸線による）</translation>
    </message>
    <message>
        <source>Administered by: {party}</source>
        <translation>施政：{party}</translation>
    </message>
    <message>
        <source>Claimed by: {parties}</source>
        <translation>領有を主張：{parties}</translation>
    </message>
    <message>
        <source>Names from: {sources}</source>
        <translation>名称の出典：{sources}</translation>
    </message>
    <message>
        <source>Reading: {title} ({party}, {year})</source>
        <translation>解釈：{title}（{party}、{year}）</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>選択中</translation>
    </message>
    <message>
        <source>press Enter to select</source>
        <translation>Enter で選択</translation>
    </message>
    <message>
        <source>border</source>
        <translation>国境</translation>
    </message>
    <message>
        <source>borders</source>
        <translation>国境</translation>
    </message>
    <message>
        <source>line of control</source>
        <translation>施政の境界線</translation>
    </message>
    <message>
        <source>lines of control</source>
        <translation>施政の境界線</translation>
    </message>
    <message>
        <source>reference line</source>
        <translation>参考線</translation>
    </message>
    <message>
        <source>reference lines</source>
        <translation>参考線</translation>
    </message>
    <message>
        <source>Year shown on the map</source>
        <translation>地図に表示する年</translation>
    </message>
    <message>
        <source>Draw the lines in force in this year</source>
        <translation>この年に有効な線を描きます</translation>
    </message>
    <message>
        <source>today ({year})</source>
        <translation>現在（{year}）</translation>
    </message>
    <message>
        <source>{year}: no line of this period is drawn</source>
        <translation>{year}：この時期の線は描かれていません</translation>
    </message>
    <message>
        <source>{year} shows — {lines}</source>
        <translation>{year}の表示 — {lines}</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>Who holds what on {article}</source>
        <translation>各当事者の主張：{article}</translation>
    </message>
    <message>
        <source>Who holds what</source>
        <translation>各当事者の主張</translation>
    </message>
    <message>
        <source>The claim the one reading makes for each island group, by party and year (a year opens that reading).</source>
        <translation>この 1 件の解釈が各島について示す主張を、当事者と年ごとに示します（年をクリックするとその解釈を開きます）。</translation>
    </message>
    <message>
        <source>The claim each of the {count} readings makes for each island group, by party and year (a year opens that reading).</source>
        <translation>{count} 件の各解釈が各島について示す主張を、当事者と年ごとに示します（年をクリックするとその解釈を開きます）。</translation>
    </message>
</context>
<context>
    <name>passage</name>
    <message>
        <source>{passage}, para. {para}</source>
        <extracomment>The interface languages that have a translation (English is the source language). English has a .ts too, with only the plural forms of the &quot;%n …&quot; strings (&quot;1 match&quot;, &quot;2 matches&quot;): Qt&apos;s way to plural English; installed whatever the interface language.</extracomment>
        <translation>{passage}第{para}段落</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>unverified: fragment</source>
        <translation>未確認：断片</translation>
    </message>
    <message>
        <source>unverified: editorial collation</source>
        <translation>未確認：編者による校合</translation>
    </message>
    <message>
        <source>unverified: editorial translation</source>
        <translation>未確認：編者訳</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>欠文</translation>
    </message>
    <message>
        <source>supplied by a reader from an edition, not verified</source>
        <translation>読者が版から補完（未確認）</translation>
    </message>
    <message>
        <source>Marks in the margin: {marks}. Click a mark to see where the wording comes from.</source>
        <translation>余白の印：{marks}。印をクリックすると文言の出どころを表示します。</translation>
    </message>
    <message>
        <source>Showing {shown:,} of {total:,} highlights in this passage (the most recently changed) — </source>
        <translation>この箇所のハイライト {total:,} 件のうち {shown:,} 件を表示（最近変更したもの）— </translation>
    </message>
    <message>
        <source>list all in the Annotations panel</source>
        <translation>注釈パネルにすべて表示</translation>
    </message>
    <message>
        <source>Variant reading of the {language} text</source>
        <translation>{language} の本文の異文</translation>
    </message>
    <message>
        <source>Variant reading</source>
        <translation>異文</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>{action} while the {pane} has the focus</source>
        <translation>{action}（{pane}にフォーカスがあるとき）</translation>
    </message>
    <message>
        <source>While the {pane} has the focus</source>
        <translation>{pane}にフォーカスがあるとき</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>verified</source>
        <extracomment>Which status words each kind of entry may carry. Text statuses only a reader&apos;s own database gives (never data/): wording they supplied. Source statuses that mean the page or edition was seen by us. The vocabulary in display order: what Help &gt; About this text explains.</extracomment>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>verbatim, as seen in the named edition or source</source>
        <translation>原文どおり。挙げた版または出典で確認したもの</translation>
    </message>
    <message>
        <source>the page or edition named was seen, and what we use from it was read there</source>
        <translation>挙げたページまたは版を実見し、使用した部分をそこで読んだ</translation>
    </message>
    <message>
        <source>the date was seen in a cited source</source>
        <translation>日付を引用した出典で確認した</translation>
    </message>
    <message>
        <source>partly verified</source>
        <translation>一部確認</translation>
    </message>
    <message>
        <source>verbatim fragments as seen in the named source; gaps are marked […]</source>
        <translation>挙げた出典で確認した原文どおりの断片。欠落は […] で示す</translation>
    </message>
    <message>
        <source>only part of it was seen; what was not seen is stated</source>
        <translation>一部のみ実見。実見していない部分を明記</translation>
    </message>
    <message>
        <source>editorial collation</source>
        <translation>編者による校合</translation>
    </message>
    <message>
        <source>joined by us from segments each seen in a named witness; the joins, or a witness&apos;s altered orthography, are ours to answer for</source>
        <translation>それぞれ挙げた伝本で確認した断片を編者がつないだもの。つなぎ目や、伝本による表記の改変は編者の責任による</translation>
    </message>
    <message>
        <source>editorial translation</source>
        <translation>編者訳</translation>
    </message>
    <message>
        <source>our own translation, never the official wording (shown in italics)</source>
        <translation>編者自身の訳で、公式の文言ではない（斜体で表示）</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>欠文</translation>
    </message>
    <message>
        <source>not found in any source we could see; shown as a numbered gap</source>
        <translation>実見できたどの出典にも見つからない。番号付きの欠落として示す</translation>
    </message>
    <message>
        <source>supplied by a reader</source>
        <translation>読者による補完</translation>
    </message>
    <message>
        <source>wording a reader of this copy supplied from an edition they hold, shown with that edition and page; we have not checked it, so it is never verified, and the shipped wording (or gap) stays one click away</source>
        <translation>このコピーの読者が手持ちの版から補った文言。その版と頁を添えて示す。編者は確認していないため確認済みにはならず、配布時の文言（または欠落）もワンクリックで見られる</translation>
    </message>
    <message>
        <source>cited, but the work itself was not seen: its details come from another source, which is named</source>
        <translation>引用しているが、その文献自体は実見していない。書誌事項は別の出典によるもので、その出典を挙げる</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>no cited source we saw gives the date; it is flagged</source>
        <translation>実見した引用出典のいずれも日付を示していない。印を付けて示す</translation>
    </message>
    <message>
        <source>A weak witness is an anonymous forum post, a scraper or aggregator page, an untitled e-book page or a private blog: it is listed with the reason it is weak, and it is never the sole ground of &quot;verified&quot;.</source>
        <extracomment>What a weak witness is, for the same About text.</extracomment>
        <translation>信頼性の低い伝本とは、匿名の掲示板投稿、転載・まとめサイトのページ、題名のない電子書籍のページ、個人のブログです。信頼性が低い理由とともに挙げ、それだけを根拠に「確認済み」とすることはありません。</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>未見</translation>
    </message>
    <message>
        <source>weak witness</source>
        <translation>信頼性の低い伝本</translation>
    </message>
    <message>
        <source>cited, {word}</source>
        <translation>引用・{word}</translation>
    </message>
</context>
</TS>
