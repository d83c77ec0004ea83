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
        <translation>解釈一覧</translation>
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
    <name>TimelineView</name>
    <message>
        <source>⚠ unverified</source>
        <translation>⚠ 未確認</translation>
    </message>
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
        <source>Unverified: not checked in a source.</source>
        <translation>未確認：出典で確認していません。</translation>
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
        <source>unverified</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>unverified: date or details not checked</source>
        <translation>未確認：日付または詳細を確認していない</translation>
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
        <extracomment>The status words of data/SCHEMA.md as the interface shows them (translated when shown).</extracomment>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>partly verified</source>
        <translation>一部確認</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>一部確認</translation>
    </message>
    <message>
        <source>collated</source>
        <translation>校合</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>編者訳</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>欠文</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>未見</translation>
    </message>
</context>
</TS>
