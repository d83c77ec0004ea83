<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Annotation</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Annotation editor</source>
        <translation>Редактор заметки</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>Текст заметки (Markdown)</translation>
    </message>
    <message>
        <source>Your note (Markdown: **bold**, *italic*, - lists)</source>
        <translation>Текст заметки (Markdown: **жирный**, *курсив*, - списки)</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Метки через запятую</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>метки через запятую</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Цвет выделения</translation>
    </message>
    <message>
        <source>Custom ({colour})</source>
        <translation>Другой ({colour})</translation>
    </message>
    <message>
        <source>Linked place</source>
        <translation>Связанное место</translation>
    </message>
    <message>
        <source>Linked reading</source>
        <translation>Связанное толкование</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>М&amp;есто:</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>Т&amp;олкование:</translation>
    </message>
    <message>
        <source>The note is {length:,} characters long; the limit is {limit:,} characters. Shorten it to save.</source>
        <translation>Длина заметки — {length:,} символов; предел — {limit:,} символов. Сократите её, чтобы сохранить.</translation>
    </message>
</context>
<context>
    <name>AnnotationExchange</name>
    <message>
        <source>Nothing was imported: your annotations are exactly as they were.</source>
        <translation>Ничего не импортировано: ваши заметки остались в точности такими, как были.</translation>
    </message>
    <message>
        <source>Export annotations as &amp;W3C JSON-LD…</source>
        <translation>Экспорт заметок в &amp;W3C JSON-LD…</translation>
    </message>
    <message>
        <source>Export annotations as CS&amp;V…</source>
        <translation>Экспорт заметок в CS&amp;V…</translation>
    </message>
    <message>
        <source>Export annotations as &amp;Markdown…</source>
        <translation>Экспорт заметок в &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Import annotations…</source>
        <translation>&amp;Импорт заметок…</translation>
    </message>
    <message>
        <source>Add annotations from a W3C or Hypothesis JSON file</source>
        <translation>Добавить заметки из файла JSON в формате W3C или Hypothesis</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Импорт заметок</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>Заметки (*.json *.jsonld);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export annotations as {format}</source>
        <translation>Экспорт заметок в {format}</translation>
    </message>
    <message>
        <source>Your annotations are read-only in this session (see the message shown at start-up), so nothing can be imported.</source>
        <translation>В этом сеансе заметки доступны только для чтения (см. сообщение при запуске), поэтому импорт невозможен.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n annotation(s)…</source>
        <translation>
            <numerusform>Добавление %n заметки…</numerusform>
            <numerusform>Добавление %n заметок…</numerusform>
            <numerusform>Добавление %n заметок…</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not imported: {reason}</source>
        <translation>Файл не импортирован: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>добавлена %n</numerusform>
            <numerusform>добавлено %n</numerusform>
            <numerusform>добавлено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplied text(s)</source>
        <translation>
            <numerusform>%n восполненный текст</numerusform>
            <numerusform>%n восполненных текста</numerusform>
            <numerusform>%n восполненных текстов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>обновлена %n</numerusform>
            <numerusform>обновлено %n</numerusform>
            <numerusform>обновлено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n уже была</numerusform>
            <numerusform>%n уже были</numerusform>
            <numerusform>%n уже были</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not anchored in this text (listed apart in the Annotations panel)</source>
        <translation>
            <numerusform>%n не привязана к этому тексту (отдельный список на панели заметок)</numerusform>
            <numerusform>%n не привязаны к этому тексту (отдельный список на панели заметок)</numerusform>
            <numerusform>%n не привязаны к этому тексту (отдельный список на панели заметок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {file}: {what}.</source>
        <translation>Импортирован файл {file}: {what}.</translation>
    </message>
    <message>
        <source>Your earlier changes can no longer be undone: the import replaced some annotations.</source>
        <translation>Прежние изменения больше нельзя отменить: импорт заменил часть заметок.</translation>
    </message>
    <message>
        <source>The annotations could not be exported to {path}: {reason}</source>
        <translation>Не удалось экспортировать заметки в {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}.</source>
        <translation>
            <numerusform>%n заметка экспортирована в {path}.</numerusform>
            <numerusform>%n заметки экспортированы в {path}.</numerusform>
            <numerusform>%n заметок экспортировано в {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationListModel</name>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>unknown passage</source>
        <translation>неизвестный фрагмент</translation>
    </message>
    <message>
        <source>{where} (not found)</source>
        <translation>{where} (не найдено)</translation>
    </message>
    <message>
        <source>Quote: {quote}. Note: {note}. Tags: {tags}. Colour: {colour}. {passage}</source>
        <translation>Цитата: {quote}. Текст: {note}. Метки: {tags}. Цвет: {colour}. {passage}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>AnnotationService</name>
    <message>
        <source>{path} was an empty file; it was set up as your new annotation database.</source>
        <translation>Файл {path} был пустым; он подготовлен как ваша новая база данных заметок.</translation>
    </message>
    <message>
        <source>Your annotations could not be opened ({reason}). Changes in this session will not be saved.</source>
        <translation>Не удалось открыть ваши заметки ({reason}). Изменения в этом сеансе не будут сохранены.</translation>
    </message>
    <message>
        <source>the annotation database</source>
        <translation>база данных заметок</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}) and was left as it is, so your annotations are not shown. Restore it from a backup, or move it away to start anew.</source>
        <translation>Файл {path} повреждён ({reason}) и оставлен как есть, поэтому ваши заметки не показаны. Восстановите его из резервной копии или переместите, чтобы начать заново.</translation>
    </message>
    <message>
        <source>Your annotations cannot be shown or saved in this session: {reason}</source>
        <translation>В этом сеансе заметки нельзя ни показать, ни сохранить: {reason}</translation>
    </message>
    <message>
        <source>Annotate “{quote}”</source>
        <translation>Заметка к «{quote}»</translation>
    </message>
    <message>
        <source>Edit annotation “{quote}”</source>
        <translation>Изменение заметки «{quote}»</translation>
    </message>
    <message>
        <source>Delete annotation “{quote}”</source>
        <translation>Удаление заметки «{quote}»</translation>
    </message>
    <message>
        <source>{action}: not applied, because the annotation was changed elsewhere (another window?). Nothing else was changed.</source>
        <translation>{action}: не выполнено, так как заметка была изменена в другом месте (в другом окне?). Больше ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>No annotations yet. To make one, select words in the text, then choose Edit ▸ Annotate… (Ctrl+Shift+A) or right-click the selection. File ▸ Import annotations… brings in a file of them.</source>
        <translation>Заметок пока нет. Чтобы добавить заметку, выделите слова в тексте и выберите Правка ▸ Добавить заметку… (Ctrl+Shift+A) или щёлкните по выделению правой кнопкой. Файл ▸ Импорт заметок… загружает их из файла.</translation>
    </message>
    <message>
        <source>No annotation matches these filters.</source>
        <translation>Ни одна заметка не подходит под эти фильтры.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Annotations panel</source>
        <translation>Панель заметок</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Фильтр по цвету</translation>
    </message>
    <message>
        <source>Filter by linked place</source>
        <translation>Фильтр по связанному месту</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Фильтр по тексту</translation>
    </message>
    <message>
        <source>Filter by text in the quote, the note or the tags</source>
        <translation>Фильтр по тексту цитаты, заметки или меток</translation>
    </message>
    <message>
        <source>Stop listing one passage only</source>
        <translation>Не ограничивать список одним фрагментом</translation>
    </message>
    <message>
        <source>List the annotations of every passage again</source>
        <translation>Снова показать заметки ко всем фрагментам</translation>
    </message>
    <message>
        <source>Anchored annotations</source>
        <translation>Привязанные заметки</translation>
    </message>
    <message>
        <source>Annotations not anchored in the text</source>
        <translation>Заметки без привязки к тексту</translation>
    </message>
    <message>
        <source>Annotation lists</source>
        <translation>Списки заметок</translation>
    </message>
    <message>
        <source>Anchored</source>
        <translation>Привязанные</translation>
    </message>
    <message>
        <source>Not anchored</source>
        <translation>Без привязки</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected annotation</source>
        <translation>Изменить выбранную заметку</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Удалить выбранную заметку</translation>
    </message>
    <message>
        <source>Annotation count</source>
        <translation>Число заметок</translation>
    </message>
    <message>
        <source>How to make an annotation</source>
        <translation>Как добавить заметку</translation>
    </message>
    <message>
        <source>&amp;Annotations panel</source>
        <translation>Панель &amp;заметок</translation>
    </message>
    <message>
        <source>Show or hide the list of your annotations (Ctrl+Shift+N)</source>
        <translation>Показать или скрыть список ваших заметок (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Все цвета</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Все места</translation>
    </message>
    <message>
        <source>Only {passage} — show all passages</source>
        <translation>Только {passage} — показать все фрагменты</translation>
    </message>
    <message>
        <source>Anchored ({count})</source>
        <translation>Привязанные ({count})</translation>
    </message>
    <message>
        <source>Not anchored ({count})</source>
        <translation>Без привязки ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) (filtered)</source>
        <translation>
            <numerusform>%n заметка (с фильтром)</numerusform>
            <numerusform>%n заметки (с фильтром)</numerusform>
            <numerusform>%n заметок (с фильтром)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundReanchor</name>
    <message>
        <source>Checking annotations against the texts: {done:,} of {total:,}…</source>
        <translation>Сверка заметок с текстами: {done:,} из {total:,}…</translation>
    </message>
    <message>
        <source>Checking annotations against the texts…</source>
        <translation>Сверка заметок с текстами…</translation>
    </message>
    <message>
        <source>Annotations checked against the texts: {anchored:,} in place, {orphans:,} orphaned</source>
        <translation>Заметки сверены с текстами: на месте — {anchored:,}, без привязки — {orphans:,}</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <source>What the map shows</source>
        <translation>Что показывает карта</translation>
    </message>
</context>
<context>
    <name>ClaimMatrixModel</name>
    <message>
        <source>Reading</source>
        <translation>Толкование</translation>
    </message>
</context>
<context>
    <name>ClaimMatrixView</name>
    <message>
        <source>Comparison matrix</source>
        <translation>Сводная таблица</translation>
    </message>
    <message>
        <source>One row per reading, one column per island group; each cell names the claim. Arrow keys move, Enter selects the reading with that island in focus.</source>
        <translation>Строка — толкование, столбец — группа островов; в каждой клетке названа позиция. Стрелки перемещают, Enter выбирает толкование с акцентом на этот остров.</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>(opens in your browser after you confirm)</source>
        <translation>(откроется в браузере после подтверждения)</translation>
    </message>
</context>
<context>
    <name>EditionExport</name>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Экспортировано в {path}.</translation>
    </message>
    <message>
        <source>The {kind} could not be written to {path}: {reason}</source>
        <translation>Не удалось записать {kind} в {path}: {reason}</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>The declaration with every status and gap, your highlights, and your notes as endnotes</source>
        <translation>Декларация со всеми статусами и пропусками, вашими выделениями и заметками в виде концевых сносок</translation>
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
        <translation>Декларация с вашими заметками экспортирована в {path}.</translation>
    </message>
    <message>
        <source>Export &amp;TEI…</source>
        <translation>Экспорт в &amp;TEI…</translation>
    </message>
    <message>
        <source>The edition as TEI P5 XML, with every status and gap, the editorial notes and your annotations</source>
        <translation>Издание в формате TEI P5 XML со всеми статусами и пропусками, примечаниями редакции и вашими заметками</translation>
    </message>
    <message>
        <source>TEI file</source>
        <translation>файл TEI</translation>
    </message>
    <message>
        <source>TEI XML (*.xml)</source>
        <translation>TEI XML (*.xml)</translation>
    </message>
    <message>
        <source>Exported the edition as TEI to {path}.</source>
        <translation>Издание экспортировано в формате TEI в {path}.</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>Why this island matters</source>
        <translation>Почему важен этот остров</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>The declaration does not name {names}. Article 9 names only Habomai and Shikotan; whether the other islands remain a subject of the peace-treaty negotiations is what the readings below dispute.</source>
        <translation>Декларация не называет {names}. Статья 9 называет только Хабомаи и Шикотан; остаются ли другие острова предметом переговоров о мирном договоре — об этом спорят приведённые ниже толкования.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Readings concerned</source>
        <translation>Относящиеся толкования</translation>
    </message>
    <message>
        <source>What the selection concerns</source>
        <translation>К чему относится выбор</translation>
    </message>
    <message>
        <source>Only these</source>
        <translation>Только эти</translation>
    </message>
    <message>
        <source>Show only the readings concerned</source>
        <translation>Показать только относящиеся толкования</translation>
    </message>
    <message>
        <source>Hide the readings that do not concern the selection</source>
        <translation>Скрыть толкования, не относящиеся к выбору</translation>
    </message>
    <message>
        <source>No reading here discusses {label}</source>
        <translation>Здесь нет толкований фрагмента «{label}»</translation>
    </message>
    <message numerus="yes">
        <source>All %n readings read {label}</source>
        <translation>
            <numerusform>Все %n толкование — о фрагменте «{label}»</numerusform>
            <numerusform>Все %n толкования — о фрагменте «{label}»</numerusform>
            <numerusform>Все %n толкований — о фрагменте «{label}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n readings read {label}</source>
        <translation>
            <numerusform>{count} из %n толкования — о фрагменте «{label}»</numerusform>
            <numerusform>{count} из %n толкований — о фрагменте «{label}»</numerusform>
            <numerusform>{count} из %n толкований — о фрагменте «{label}»</numerusform>
        </translation>
    </message>
    <message>
        <source>No reading here concerns {label}</source>
        <translation>Здесь нет толкований о месте «{label}»</translation>
    </message>
    <message numerus="yes">
        <source>All %n readings concern {label}</source>
        <translation>
            <numerusform>Все %n толкование — о месте «{label}»</numerusform>
            <numerusform>Все %n толкования — о месте «{label}»</numerusform>
            <numerusform>Все %n толкований — о месте «{label}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n readings concern {label}</source>
        <translation>
            <numerusform>{count} из %n толкования — о месте «{label}»</numerusform>
            <numerusform>{count} из %n толкований — о месте «{label}»</numerusform>
            <numerusform>{count} из %n толкований — о месте «{label}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Readings of this passage</source>
        <translation>Толкования этого фрагмента</translation>
    </message>
    <message>
        <source>Readings that say something specific about this place: a claim other than &apos;undetermined&apos;, or a note on it</source>
        <translation>Толкования, в которых об этом месте сказано что-то определённое: позиция, отличная от «не определено», или примечание о нём</translation>
    </message>
    <message>
        <source>: in bold in the list and the matrix</source>
        <translation>: выделены жирным в списке и таблице</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in text</source>
        <translation>Поиск в тексте</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <source>The interface will be in %1 from the next start.</source>
        <translation>Язык интерфейса со следующего запуска: %1.</translation>
    </message>
    <message>
        <source>The interface will follow the system language (%1) from the next start.</source>
        <translation>Со следующего запуска интерфейс будет на языке системы (%1).</translation>
    </message>
    <message>
        <source>The interface is in %1.</source>
        <translation>Язык интерфейса: %1.</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>Follow the &amp;system (%1)</source>
        <translation>Как в &amp;системе (%1)</translation>
    </message>
</context>
<context>
    <name>InterpretationsPane</name>
    <message>
        <source>Readings</source>
        <translation>Толкования</translation>
    </message>
    <message>
        <source>Competing readings of the declaration: by party, as a claims matrix, a timeline of events and the sources</source>
        <translation>Соперничающие толкования декларации: по сторонам, сводная таблица позиций, хронология событий и источники</translation>
    </message>
</context>
<context>
    <name>KeyboardReference</name>
    <message>
        <source>Keyboard reference</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>LanguageToggles</name>
    <message>
        <source>Show the {language} text (Ctrl+Shift+{n})</source>
        <translation>Показать текст: {language} (Ctrl+Shift+{n})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Japanese &amp;and Russian names</source>
        <translation>Японские &amp;и российские названия</translation>
    </message>
    <message>
        <source>&amp;Japanese names</source>
        <translation>&amp;Японские названия</translation>
    </message>
    <message>
        <source>&amp;Russian names</source>
        <translation>&amp;Российские названия</translation>
    </message>
    <message>
        <source>Both in native &amp;script (国後島 / Кунашир)</source>
        <translation>Оба названия в исходной &amp;графике (国後島 / Кунашир)</translation>
    </message>
    <message>
        <source>Joint Declaration of 19 October 1956</source>
        <translation>Совместная декларация от 19 октября 1956 г.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Place &amp;names</source>
        <translation>&amp;Названия мест</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Focus &amp;Declaration text</source>
        <translation>К &amp;тексту декларации</translation>
    </message>
    <message>
        <source>Focus &amp;Readings</source>
        <translation>К т&amp;олкованиям</translation>
    </message>
    <message>
        <source>Focus &amp;Map</source>
        <translation>К &amp;карте</translation>
    </message>
    <message>
        <source>Focus the &amp;note under the text</source>
        <translation>К &amp;примечанию под текстом</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>&amp;Сбросить выбор</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard reference</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Declaration Viewer</source>
        <translation>О &amp;программе Declaration Viewer</translation>
    </message>
    <message>
        <source>Your annotations cannot be saved in this session: {error}</source>
        <translation>В этом сеансе ваши заметки нельзя сохранить: {error}</translation>
    </message>
    <message>
        <source>Read-only mode: your annotations are shown but cannot be changed.</source>
        <translation>Режим только для чтения: ваши заметки показаны, но изменить их нельзя.</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Фоновая работа</translation>
    </message>
    <message>
        <source>Selected: {what}</source>
        <translation>Выбрано: {what}</translation>
    </message>
    <message>
        <source>Selection cleared</source>
        <translation>Выбор сброшен</translation>
    </message>
    <message>
        <source>your annotation {quote}</source>
        <translation>ваша заметка {quote}</translation>
    </message>
    <message>
        <source>an annotation</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>About Declaration Viewer</source>
        <translation>О программе Declaration Viewer</translation>
    </message>
    <message>
        <source>Docked panels</source>
        <translation>Закреплённые панели</translation>
    </message>
</context>
<context>
    <name>MapHeader</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>Инструменты карты</translation>
    </message>
    <message>
        <source>Map views</source>
        <translation>Виды карты</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Спорные</translation>
    </message>
    <message>
        <source>Whole chain</source>
        <translation>Вся гряда</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Легенда карты</translation>
    </message>
    <message>
        <source>(dashed: no agreed line)</source>
        <translation>(пунктир: согласованной линии нет)</translation>
    </message>
    <message>
        <source>Lines in force {year}</source>
        <translation>Линии, действующие {year}</translation>
    </message>
    <message>
        <source>Lines in force in {year}</source>
        <translation>Линии, действовавшие в {year} г.</translation>
    </message>
    <message>
        <source> — no line of this period is drawn</source>
        <translation> — линий этого периода не нанесено</translation>
    </message>
    <message>
        <source>Borders in force {year}</source>
        <translation>Границы, действующие {year}</translation>
    </message>
    <message>
        <source>Borders in force in {year}</source>
        <translation>Границы, действовавшие в {year} г.</translation>
    </message>
    <message>
        <source>Line of control {year} — not an agreed border</source>
        <translation>Линия контроля {year} — не согласованная граница</translation>
    </message>
    <message>
        <source>Line of control in {year} — not an agreed border</source>
        <translation>Линия контроля в {year} г. — не согласованная граница</translation>
    </message>
    <message>
        <source>Reference and proposed lines — not borders</source>
        <translation>Справочные и предложенные линии — не границы</translation>
    </message>
    <message>
        <source>What the lines are</source>
        <translation>Что это за линии</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Map of the islands, with the historical lines by year</source>
        <translation>Карта островов с историческими линиями по годам</translation>
    </message>
    <message>
        <source>Island map</source>
        <translation>Карта островов</translation>
    </message>
    <message>
        <source>Tab or arrow keys move between islands, Enter selects; plus and minus zoom; drag to pan</source>
        <translation>Tab или стрелки — переход между островами, Enter — выбор; плюс и минус — масштаб; перетаскивание — сдвиг</translation>
    </message>
    <message>
        <source>(kept: the year you chose; the selection is about {year})</source>
        <translation>(сохранён выбранный вами год; выбранное относится к {year} г.)</translation>
    </message>
    <message>
        <source>Zoom Map &amp;In</source>
        <translation>&amp;Увеличить карту</translation>
    </message>
    <message>
        <source>Zoom Map &amp;Out</source>
        <translation>У&amp;меньшить карту</translation>
    </message>
    <message>
        <source>Fit Map to &amp;Selection</source>
        <translation>Карта: &amp;вписать выбранное</translation>
    </message>
    <message>
        <source>Map: &amp;Disputed Islands</source>
        <translation>Карта: спорн&amp;ые острова</translation>
    </message>
    <message>
        <source>Map: &amp;Whole Kuril Chain</source>
        <translation>Карта: вся Курильская &amp;гряда</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the islands</source>
        <translation>Карта островов</translation>
    </message>
</context>
<context>
    <name>NoteView</name>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>About the text</source>
        <translation>О тексте</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Close the note</source>
        <translation>Закрыть примечание</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст примечания</translation>
    </message>
    <message>
        <source>(map)</source>
        <translation>(карта)</translation>
    </message>
    <message>
        <source>(reading)</source>
        <translation>(толкование)</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>См. также:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Anchored in: {languages}</source>
        <translation>Привязано к текстам: {languages}</translation>
    </message>
    <message>
        <source>Your annotation</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>без привязки</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This quote no longer matches the text; the annotation is kept and listed with the orphans.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Эта цитата больше не совпадает с текстом; заметка сохранена и показана в списке заметок без привязки.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(без текста)</translation>
    </message>
    <message>
        <source>The note is {length:,} characters long; the first {shown:,} are shown here. Edit &gt; Edit annotation… shows it all, and the exports keep it all.</source>
        <translation>Длина заметки — {length:,} символов; здесь показаны первые {shown:,}. Правка &gt; Изменить заметку… показывает её целиком, экспорт сохраняет её полностью.</translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>Метки: </translation>
    </message>
    <message>
        <source> … and {more:,} more</source>
        <translation> … и ещё {more:,}</translation>
    </message>
    <message>
        <source>Colour: </source>
        <translation>Цвет: </translation>
    </message>
    <message>
        <source>Created {created} UTC · edited {modified} UTC · Edit &gt; Edit annotation… (Ctrl+Shift+E)</source>
        <translation>Создано {created} UTC · изменено {modified} UTC · Правка &gt; Изменить заметку… (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>PassageActions</name>
    <message>
        <source>Supply text from an edition…</source>
        <translation>Восполнить текст по изданию…</translation>
    </message>
</context>
<context>
    <name>ReadingList</name>
    <message>
        <source>Grouped by party</source>
        <translation>По сторонам</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>По дате</translation>
    </message>
    <message>
        <source>Order of readings</source>
        <translation>Порядок толкований</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Порядок:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Толкование</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Толкования</translation>
    </message>
</context>
<context>
    <name>ReadingTabs</name>
    <message>
        <source>The readings, by party or by date</source>
        <translation>Толкования по сторонам или по дате</translation>
    </message>
    <message>
        <source>Claims matrix: each reading × each island group</source>
        <translation>Сводная таблица позиций: каждое толкование × каждая группа островов</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>Хронология событий</translation>
    </message>
    <message>
        <source>Sources: the bibliography, with what was checked</source>
        <translation>Источники: библиография с указанием того, что проверено</translation>
    </message>
    <message>
        <source>Reading views</source>
        <translation>Представления толкований</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation>Со&amp;бытия</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <source>Readings: &amp;Reading list</source>
        <translation>Толкования: &amp;список</translation>
    </message>
    <message>
        <source>Readings: &amp;Matrix</source>
        <translation>Толкования: сводная &amp;таблица</translation>
    </message>
    <message>
        <source>Readings: &amp;Timeline of events</source>
        <translation>Толкования: хронология со&amp;бытий</translation>
    </message>
    <message>
        <source>Readings: Sour&amp;ces</source>
        <translation>Толкования: исто&amp;чники</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <source>Editorial notes</source>
        <translation>Примечания редакции</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Толкования</translation>
    </message>
    <message>
        <source>Your annotations</source>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <source>not anchored</source>
        <translation>без привязки</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search panel</source>
        <translation>Панель поиска</translation>
    </message>
    <message>
        <source>Search the declaration, notes, readings and your notes</source>
        <translation>Поиск по декларации, примечаниям, толкованиям и вашим заметкам</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Искать везде</translation>
    </message>
    <message>
        <source>Type to search in English, Russian or Japanese.</source>
        <translation>Введите запрос на английском, русском или японском.</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Итог поиска</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Searc&amp;h everything…</source>
        <translation>&amp;Искать везде…</translation>
    </message>
    <message>
        <source>Search the declaration, the notes, the readings and your annotations (Ctrl+Shift+F)</source>
        <translation>Поиск по декларации, примечаниям, толкованиям и вашим заметкам (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search &amp;panel</source>
        <translation>Пане&amp;ль поиска</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Click one, or press Enter on it, to go there.</source>
        <translation>
            <numerusform>%n результат. Щёлкните по нему или нажмите Enter, чтобы перейти.</numerusform>
            <numerusform>%n результата. Щёлкните по одному из них или нажмите Enter, чтобы перейти.</numerusform>
            <numerusform>%n результатов. Щёлкните по одному из них или нажмите Enter, чтобы перейти.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionBanner</name>
    <message>
        <source>Selection note</source>
        <translation>Пояснение к выбору</translation>
    </message>
    <message>
        <source>{name} is not named in the declaration. Article 9 names only the Habomai Islands and Shikotan; whether its silence about this island settled or left open its status is what the readings dispute (see the Readings pane).</source>
        <translation>Декларация не называет {name}. Статья 9 называет только острова Хабомаи и остров Шикотан; определило ли умолчание декларации об этом острове его статус или оставило вопрос открытым — предмет спора между толкованиями (см. панель толкований).</translation>
    </message>
    <message>
        <source>{name} is not named in the declaration.</source>
        <translation>Декларация не называет {name}.</translation>
    </message>
    <message>
        <source>Mentions of {name} are marked.</source>
        <translation>Упоминания места «{name}» отмечены.</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>Библиография</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Checked: {where}</source>
        <translation>Сверено: {where}</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>&amp;Копировать ссылку</translation>
    </message>
    <message>
        <source>Copy citation of the selected source</source>
        <translation>Копировать ссылку на выбранный источник</translation>
    </message>
    <message>
        <source>Copy a plain-text citation of the selected source</source>
        <translation>Копировать библиографическую ссылку на выбранный источник простым текстом</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Копировать ссылку</translation>
    </message>
</context>
<context>
    <name>SuppliedText</name>
    <message>
        <source>&amp;Supply text from an edition…</source>
        <translation>&amp;Восполнить текст по изданию…</translation>
    </message>
    <message>
        <source>Supply the wording of an unverified or missing paragraph from an edition you hold</source>
        <translation>Восполнить текст непроверенного или отсутствующего абзаца по имеющемуся у вас изданию</translation>
    </message>
    <message>
        <source>Your annotation database is read-only: supplied text cannot be saved.</source>
        <translation>База заметок открыта только для чтения: восполненный текст нельзя сохранить.</translation>
    </message>
    <message>
        <source>Supply {}</source>
        <translation>Восполнить {}</translation>
    </message>
    <message>
        <source>The supplied text was not changed: {}</source>
        <translation>Восполненный текст не изменён: {}</translation>
    </message>
    <message>
        <source>Edit supplied text “{}”</source>
        <translation>Изменить восполненный текст «{}»</translation>
    </message>
    <message>
        <source>Withdraw supplied text “{}”</source>
        <translation>Отозвать восполненный текст «{}»</translation>
    </message>
</context>
<context>
    <name>SupplyDialog</name>
    <message>
        <source>Edit supplied text</source>
        <translation>Изменить восполненный текст</translation>
    </message>
    <message>
        <source>Supply text from an edition</source>
        <translation>Восполнить текст по изданию</translation>
    </message>
    <message>
        <source>Wording you supply is stored in your annotation database, shown with its edition and page, and never as verified.</source>
        <translation>Восполненный вами текст хранится в вашей базе заметок, показывается с изданием и страницей и никогда не считается проверенным.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>The paragraph&apos;s wording exactly as printed</source>
        <translation>Текст абзаца точно как в издании</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Author, title, year — or a URL</source>
        <translation>Автор, название, год — или URL</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Восполнить</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Paragraph:</source>
        <translation>&amp;Абзац:</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Издание:</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>&amp;Страница:</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>П&amp;римечание:</translation>
    </message>
</context>
<context>
    <name>TextColumns</name>
    <message>
        <source>Declaration text</source>
        <translation>Текст декларации</translation>
    </message>
</context>
<context>
    <name>TextFind</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>Select some text within one passage first, then choose Annotate.</source>
        <translation>Сначала выделите текст в пределах одного фрагмента, затем выберите «Добавить заметку».</translation>
    </message>
    <message>
        <source>Select one of your annotations first: click its highlight in the text.</source>
        <translation>Сначала выберите одну из ваших заметок: щёлкните по её выделению в тексте.</translation>
    </message>
    <message>
        <source>Annotations are read-only: see the message shown at start-up.</source>
        <translation>Заметки доступны только для чтения: см. сообщение при запуске.</translation>
    </message>
    <message>
        <source>Not annotated: {reason}</source>
        <translation>Заметка не добавлена: {reason}</translation>
    </message>
    <message>
        <source>That annotation is not in your store any more.</source>
        <translation>Этой заметки больше нет в хранилище.</translation>
    </message>
    <message>
        <source>Annotation deleted (Edit &gt; Undo brings it back).</source>
        <translation>Заметка удалена (Правка &gt; Отменить вернёт её).</translation>
    </message>
    <message>
        <source>View &gt; Annotations panel (Ctrl+Shift+N) will list every annotation of this passage.</source>
        <translation>Вид &gt; Панель заметок (Ctrl+Shift+N) покажет все заметки к этому фрагменту.</translation>
    </message>
    <message>
        <source>Status mark: {label}. Enter shows where the wording comes from.</source>
        <translation>Отметка статуса: {label}. Enter показывает, откуда взята формулировка.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Click to open the note&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Щёлкните, чтобы открыть примечание&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ваша заметка&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(без текста)</translation>
    </message>
    <message>
        <source>Open the Annotations panel with every annotation of this passage.</source>
        <translation>Открыть панель заметок со всеми заметками к этому фрагменту.</translation>
    </message>
    <message>
        <source>This wording could not be checked against an edition. Click for details.</source>
        <translation>Эту формулировку не удалось сверить с изданием. Щёлкните, чтобы узнать подробности.</translation>
    </message>
    <message>
        <source>Where this wording comes from</source>
        <translation>Откуда взята эта формулировка</translation>
    </message>
    <message>
        <source>About this text</source>
        <translation>О тексте</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This annotation is not in your store any more: it was deleted (Edit &gt; Undo brings a deletion back).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Этой заметки больше нет в хранилище: она была удалена (Правка &gt; Отменить возвращает удалённое).&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Declaration text</source>
        <translation>Текст декларации</translation>
    </message>
    <message>
        <source>The Joint Declaration in English, Russian and Japanese, aligned article by article</source>
        <translation>Совместная декларация на английском, русском и японском языках, выровненная по статьям</translation>
    </message>
    <message>
        <source>&lt;b&gt;Joint Declaration, 19 October 1956&lt;/b&gt;</source>
        <translation>&lt;b&gt;Совместная декларация, 19 октября 1956 г.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Text pane title</source>
        <translation>Заголовок панели текста</translation>
    </message>
    <message>
        <source>No note is open: Enter on a link in the text opens one.</source>
        <translation>Примечание не открыто: нажмите Enter на ссылке в тексте, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Your annotation</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>Select this passage</source>
        <translation>Выбрать этот фрагмент</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Копировать ссылку для цитирования</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>Добавить &amp;заметку…</translation>
    </message>
    <message>
        <source>Annotate the selected text (Ctrl+Shift+A)</source>
        <translation>Добавить заметку к выделенному тексту (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>About this &amp;text</source>
        <translation>О &amp;тексте</translation>
    </message>
    <message>
        <source>Editions, sources and what could be checked</source>
        <translation>Издания, источники и что удалось проверить</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Text languages</source>
        <translation>Языки текста</translation>
    </message>
    <message>
        <source>&amp;Find in text…</source>
        <translation>&amp;Поиск в тексте…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Найти п&amp;редыдущее</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Текст &amp;крупнее</translation>
    </message>
    <message>
        <source>Small&amp;er text</source>
        <translation>Текст м&amp;ельче</translation>
    </message>
    <message>
        <source>Reset text si&amp;ze</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <source>Copy passage &amp;citation</source>
        <translation>Копировать ссылку для &amp;цитирования</translation>
    </message>
    <message>
        <source>Copy passage &amp;link</source>
        <translation>Копировать ссылку на &amp;фрагмент</translation>
    </message>
    <message>
        <source>&amp;Edit annotation…</source>
        <translation>&amp;Изменить заметку…</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Удалить заметку</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of events</source>
        <translation>Хронология событий</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Date as given in {source}.</source>
        <translation>Дата по источнику: {source}.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>The text (each paragraph)</source>
        <extracomment>The kinds of entry the vocabulary covers, in the order About this text explains them.</extracomment>
        <translation>Текст (каждый абзац)</translation>
    </message>
    <message>
        <source>Sources (the bibliography)</source>
        <translation>Источники (библиография)</translation>
    </message>
    <message>
        <source>Events (the timeline)</source>
        <translation>События (хронология)</translation>
    </message>
    <message>
        <source>Status words</source>
        <translation>Слова статуса</translation>
    </message>
    <message>
        <source>One vocabulary for the text, the sources and the events; the number after a word is how many entries carry it.</source>
        <translation>Единый словарь для текста, источников и событий; число после слова — сколько записей им помечено.</translation>
    </message>
    <message>
        <source>Weak witnesses ({count})</source>
        <translation>Ненадёжные источники текста ({count})</translation>
    </message>
    <message>
        <source>&lt;p&gt;The declaration was signed in Russian and Japanese, both texts equally authentic; the English is a translation. No complete copy of any of the three could be checked for this edition, so every paragraph carries its status.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Декларация подписана на русском и японском языках, оба текста имеют одинаковую силу; английский текст — перевод. Ни один из трёх текстов не удалось сверить для этого издания по полной копии, поэтому у каждого абзаца указан его статус.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>authentic text</source>
        <translation>аутентичный текст</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>перевод</translation>
    </message>
    <message>
        <source>Paragraphs: {summary}</source>
        <translation>Абзацы: {summary}</translation>
    </message>
    <message>
        <source> (from the {language} text)</source>
        <translation> (с текста: {language})</translation>
    </message>
    <message>
        <source>Status — {status}</source>
        <translation>Статус — {status}</translation>
    </message>
</context>
<context>
    <name>about_app</name>
    <message>
        <source>&lt;p&gt;An offline reader for the Joint Declaration of the Union of Soviet Socialist Republics and Japan, signed at Moscow on 19 October 1956.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Программа для чтения без подключения к сети Совместной декларации Союза Советских Социалистических Республик и Японии, подписанной в Москве 19 октября 1956 года.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Code&lt;/b&gt;: MIT licence. Built with Qt for Python (PySide6, LGPL-3.0) and sqlite-utils (Apache-2.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Код&lt;/b&gt;: лицензия MIT. Создано с помощью Qt for Python (PySide6, LGPL-3.0) и sqlite-utils (Apache-2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Texts&lt;/b&gt;: the official texts are public documents, reproduced verbatim from the editions named in &lt;i&gt;About this text&lt;/i&gt;; wording we could not check is marked as unverified. Notes, readings and summaries are our own words (CC BY 4.0) with citations.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Тексты&lt;/b&gt;: официальные тексты — публичные документы, воспроизведённые дословно по изданиям, указанным в разделе &lt;i&gt;О тексте&lt;/i&gt;; формулировки, которые не удалось сверить, помечены как непроверенные. Примечания, толкования и резюме написаны нами (CC BY 4.0), со ссылками на источники.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Coastlines&lt;/b&gt;: GSHHG 2.3.6 (Wessel &amp;amp; Smith), LGPL-3.0-or-later; clipped and simplified.</source>
        <translation>&lt;p&gt;&lt;b&gt;Береговые линии&lt;/b&gt;: GSHHG 2.3.6 (Wessel &amp;amp; Smith), LGPL-3.0-or-later; обрезаны и упрощены.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Font&lt;/b&gt;: the bundled Japanese/Russian glyphs are a subset of Noto Sans CJK (© 2014-2021 Adobe), SIL Open Font License 1.1, renamed “DV Sans CJK JP Subset” as that licence requires.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Шрифт&lt;/b&gt;: встроенные японские и русские глифы — подмножество Noto Sans CJK (© 2014-2021 Adobe), SIL Open Font License 1.1, переименованное в «DV Sans CJK JP Subset», как того требует эта лицензия.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The app takes no side in the territorial dispute: places are named in both Japanese and Russian forms, and each party&apos;s reading is stated in its own terms.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Программа не занимает ничьей стороны в территориальном споре: места названы и в японской, и в российской форме, а толкование каждой стороны изложено в её собственных формулировках.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Details are in the log: {path}</source>
        <translation>Подробности в журнале: {path}</translation>
    </message>
    <message>
        <source>Declaration Viewer — unexpected error</source>
        <translation>Declaration Viewer — непредвиденная ошибка</translation>
    </message>
    <message>
        <source>The content could not be loaded:
{reason}</source>
        <translation>Не удалось загрузить содержимое:
{reason}</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <source>to be handed over to Japan (a transfer)</source>
        <translation>подлежат передаче Японии (передача)</translation>
    </message>
    <message>
        <source>to be returned to Japan (Japanese territory)</source>
        <translation>подлежат возвращению Японии (японская территория)</translation>
    </message>
    <message>
        <source>remains Soviet / Russian</source>
        <translation>остаются советскими / российскими</translation>
    </message>
    <message>
        <source>left open or not addressed</source>
        <translation>вопрос оставлен открытым или не затронут</translation>
    </message>
    <message>
        <source>transfer</source>
        <extracomment>The claim words as the interface shows them (the data&apos;s words are these in English).</extracomment>
        <translation>передача</translation>
    </message>
    <message>
        <source>return</source>
        <translation>возвращение</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>сохранение</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>не определено</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>to be transferred to Japan (after a peace treaty)</source>
        <translation>подлежат передаче Японии (после мирного договора)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возвращение</translation>
    </message>
    <message>
        <source>to be returned to Japan</source>
        <translation>подлежат возвращению Японии</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>remains with the Soviet Union / Russia</source>
        <translation>остаются за Советским Союзом / Россией</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <source>left open or not determined</source>
        <translation>вопрос оставлен открытым или не решён</translation>
    </message>
</context>
<context>
    <name>colours</name>
    <message>
        <source>No colour</source>
        <translation>Без цвета</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Фиолетовый</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <source>reading {title}</source>
        <translation>толкование {title}</translation>
    </message>
    <message>
        <source>note {title}</source>
        <translation>примечание {title}</translation>
    </message>
    <message>
        <source>event {title}</source>
        <translation>событие {title}</translation>
    </message>
    <message>
        <source>source {title}</source>
        <translation>источник {title}</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <source>(not in the bibliography)</source>
        <translation>(нет в библиографии)</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>Толкует:</translation>
    </message>
    <message>
        <source>Claim per island</source>
        <translation>Позиция по каждому острову</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Аргументация</translation>
    </message>
    <message>
        <source>Quotations (checked verbatim)</source>
        <translation>Цитаты (сверены дословно)</translation>
    </message>
    <message>
        <source>Checked: {where}</source>
        <translation>Сверено: {where}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>(date as given in {source})</source>
        <translation>(дата по источнику: {source})</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Места:</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Толкования</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Сверено:</translation>
    </message>
    <message>
        <source>(not opened from here)</source>
        <translation>(отсюда не открывается)</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Цитируется в</translation>
    </message>
    <message>
        <source>What the readings say about {name}</source>
        <translation>Что говорят толкования о месте «{name}»</translation>
    </message>
    <message>
        <source>No reading says something specific about it.</source>
        <translation>Ни одно толкование не говорит о нём ничего определённого.</translation>
    </message>
</context>
<context>
    <name>detail_view</name>
    <message>
        <source>the readings are not narrowed by it.</source>
        <translation>список толкований по нему не сужается.</translation>
    </message>
    <message>
        <source>Your annotation is selected: {rest}</source>
        <translation>Выбрана ваша заметка: {rest}</translation>
    </message>
    <message>
        <source>{name} is not one of the island groups the readings make claims about: {rest}</source>
        <translation>«{name}» не входит в группы островов, о которых толкования высказывают позиции: {rest}</translation>
    </message>
    <message>
        <source>Readings of {label}</source>
        <translation>Толкования фрагмента «{label}»</translation>
    </message>
    <message>
        <source>No reading here discusses {label}: {rest}</source>
        <translation>Здесь нет толкований фрагмента «{label}»: {rest}</translation>
    </message>
    <message>
        <source>The note {note}: what the readings say about {label}</source>
        <translation>Примечание «{note}»: что толкования говорят о месте «{label}»</translation>
    </message>
    <message>
        <source>The note {note} names none of the island groups the readings make claims about: {rest}</source>
        <translation>Примечание «{note}» не называет ни одной группы островов, о которых толкования высказывают позиции: {rest}</translation>
    </message>
    <message>
        <source>{ref} is not in the content: {rest}</source>
        <translation>{ref} нет в содержимом: {rest}</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Open in your browser?</source>
        <translation>Открыть в браузере?</translation>
    </message>
    <message>
        <source>This link leads outside the app:

{url}

Open it in your web browser?</source>
        <translation>Эта ссылка ведёт за пределы программы:

{url}

Открыть её в веб-браузере?</translation>
    </message>
</context>
<context>
    <name>map</name>
    <message>
        <source>Named in the selected passage</source>
        <translation>Упоминается в выбранном фрагменте</translation>
    </message>
    <message>
        <source>Not named in the selected passage</source>
        <translation>Не упоминается в выбранном фрагменте</translation>
    </message>
    <message>
        <source>Named in the selected note</source>
        <translation>Упоминается в выбранном примечании</translation>
    </message>
    <message>
        <source>Not named in the selected note</source>
        <translation>Не упоминается в выбранном примечании</translation>
    </message>
    <message>
        <source>Named in the selected event</source>
        <translation>Упоминается в выбранном событии</translation>
    </message>
    <message>
        <source>Not named in the selected event</source>
        <translation>Не упоминается в выбранном событии</translation>
    </message>
    <message>
        <source>Named in the selected annotation</source>
        <translation>Упоминается в выбранной заметке</translation>
    </message>
    <message>
        <source>Not named in the selected annotation</source>
        <translation>Не упоминается в выбранной заметке</translation>
    </message>
    <message>
        <source>Selected ({name})</source>
        <translation>Выбрано ({name})</translation>
    </message>
    <message>
        <source>Not part of the selection ({name})</source>
        <translation>Не входит в выбранное ({name})</translation>
    </message>
    <message>
        <source>Reading {who}: {word} — {meaning}</source>
        <translation>Толкование {who}: {word} — {meaning}</translation>
    </message>
    <message>
        <source>Reading {who}: says nothing of this island</source>
        <translation>Толкование {who}: об этом острове ничего не говорит</translation>
    </message>
    <message>
        <source>Unnamed islet</source>
        <translation>Безымянный островок</translation>
    </message>
    <message>
        <source>Part of: {group}</source>
        <translation>Входит в: {group}</translation>
    </message>
    <message>
        <source>Japanese: {name} ({romanised})</source>
        <translation>По-японски: {name} ({romanised})</translation>
    </message>
    <message>
        <source>Russian: {name} ({romanised})</source>
        <translation>По-русски: {name} ({romanised})</translation>
    </message>
    <message>
        <source>English: {name}</source>
        <translation>По-английски: {name}</translation>
    </message>
    <message>
        <source>Area: {area:,.1f} km² (from the drawn coastline)</source>
        <translation>Площадь: {area:,.1f} км² (по нанесённой береговой линии)</translation>
    </message>
    <message>
        <source>Administered by: {party}</source>
        <translation>Под управлением: {party}</translation>
    </message>
    <message>
        <source>Claimed by: {parties}</source>
        <translation>Притязания: {parties}</translation>
    </message>
    <message>
        <source>Names from: {sources}</source>
        <translation>Источники названий: {sources}</translation>
    </message>
    <message>
        <source>Reading: {title} ({party}, {year})</source>
        <translation>Толкование: {title} ({party}, {year})</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>выбран</translation>
    </message>
    <message>
        <source>press Enter to select</source>
        <translation>нажмите Enter, чтобы выбрать</translation>
    </message>
    <message>
        <source>border</source>
        <translation>граница</translation>
    </message>
    <message>
        <source>borders</source>
        <translation>границы</translation>
    </message>
    <message>
        <source>line of control</source>
        <translation>линия контроля</translation>
    </message>
    <message>
        <source>lines of control</source>
        <translation>линии контроля</translation>
    </message>
    <message>
        <source>reference line</source>
        <translation>справочная линия</translation>
    </message>
    <message>
        <source>reference lines</source>
        <translation>справочные линии</translation>
    </message>
    <message>
        <source>Year shown on the map</source>
        <translation>Год, показанный на карте</translation>
    </message>
    <message>
        <source>Draw the lines in force in this year</source>
        <translation>Показать линии, действовавшие в этом году</translation>
    </message>
    <message>
        <source>today ({year})</source>
        <translation>сегодня ({year})</translation>
    </message>
    <message>
        <source>{year}: no line of this period is drawn</source>
        <translation>{year}: линий этого периода не нанесено</translation>
    </message>
    <message>
        <source>{year} shows — {lines}</source>
        <translation>{year}: показаны — {lines}</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>Who holds what on {article}</source>
        <translation>Позиции сторон: {article}</translation>
    </message>
    <message>
        <source>Who holds what</source>
        <translation>Позиции сторон</translation>
    </message>
    <message>
        <source>The claim the one reading makes for each island group, by party and year (a year opens that reading).</source>
        <translation>Позиция этого единственного толкования по каждой группе островов, по сторонам и годам (год открывает толкование).</translation>
    </message>
    <message>
        <source>The claim each of the {count} readings makes for each island group, by party and year (a year opens that reading).</source>
        <translation>Позиция каждого толкования (всего: {count}) по каждой группе островов, по сторонам и годам (год открывает толкование).</translation>
    </message>
</context>
<context>
    <name>passage</name>
    <message>
        <source>{passage}, para. {para}</source>
        <extracomment>The interface languages that have a translation (English is the source language). English has a .ts too, with only the plural forms of the &quot;%n …&quot; strings (&quot;1 match&quot;, &quot;2 matches&quot;): Qt&apos;s way to plural English; installed whatever the interface language.</extracomment>
        <translation>{passage}, абз. {para}</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>unverified: fragment</source>
        <translation>не проверено: фрагмент</translation>
    </message>
    <message>
        <source>unverified: editorial collation</source>
        <translation>не проверено: сводный текст редакции</translation>
    </message>
    <message>
        <source>unverified: editorial translation</source>
        <translation>не проверено: перевод редакции</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>текст отсутствует</translation>
    </message>
    <message>
        <source>supplied by a reader from an edition, not verified</source>
        <translation>восполнено читателем по изданию, не проверено</translation>
    </message>
    <message>
        <source>Marks in the margin: {marks}. Click a mark to see where the wording comes from.</source>
        <translation>Отметки на полях: {marks}. Щёлкните по отметке, чтобы узнать, откуда взята формулировка.</translation>
    </message>
    <message>
        <source>Showing {shown:,} of {total:,} highlights in this passage (the most recently changed) — </source>
        <translation>Показано {shown:,} из {total:,} выделений в этом фрагменте (недавно изменённые) — </translation>
    </message>
    <message>
        <source>list all in the Annotations panel</source>
        <translation>показать все на панели заметок</translation>
    </message>
    <message>
        <source>Variant reading of the {language} text</source>
        <translation>Разночтение текста ({language})</translation>
    </message>
    <message>
        <source>Variant reading</source>
        <translation>Разночтение</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>{action} while the {pane} has the focus</source>
        <translation>{action}, когда фокус в панели «{pane}»</translation>
    </message>
    <message>
        <source>While the {pane} has the focus</source>
        <translation>Когда фокус в панели «{pane}»</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>verified</source>
        <extracomment>Which status words each kind of entry may carry. Text statuses only a reader&apos;s own database gives (never data/): wording they supplied. Source statuses that mean the page or edition was seen by us. The vocabulary in display order: what Help &gt; About this text explains.</extracomment>
        <translation>проверено</translation>
    </message>
    <message>
        <source>verbatim, as seen in the named edition or source</source>
        <translation>дословно, как в указанном издании или источнике</translation>
    </message>
    <message>
        <source>the page or edition named was seen, and what we use from it was read there</source>
        <translation>указанная страница или издание просмотрены, и то, что мы используем, прочитано там</translation>
    </message>
    <message>
        <source>the date was seen in a cited source</source>
        <translation>дата найдена в цитируемом источнике</translation>
    </message>
    <message>
        <source>partly verified</source>
        <translation>проверено частично</translation>
    </message>
    <message>
        <source>verbatim fragments as seen in the named source; gaps are marked […]</source>
        <translation>дословные фрагменты, как в указанном источнике; пропуски обозначены […]</translation>
    </message>
    <message>
        <source>only part of it was seen; what was not seen is stated</source>
        <translation>просмотрена только часть; что не просмотрено, указано</translation>
    </message>
    <message>
        <source>editorial collation</source>
        <translation>сводный текст редакции</translation>
    </message>
    <message>
        <source>joined by us from segments each seen in a named witness; the joins, or a witness&apos;s altered orthography, are ours to answer for</source>
        <translation>составлено нами из отрывков, каждый из которых засвидетельствован в указанном источнике текста; за стыки и за изменённую источником орфографию отвечаем мы</translation>
    </message>
    <message>
        <source>editorial translation</source>
        <translation>перевод редакции</translation>
    </message>
    <message>
        <source>our own translation, never the official wording (shown in italics)</source>
        <translation>наш собственный перевод, а не официальная формулировка (курсивом)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>текст отсутствует</translation>
    </message>
    <message>
        <source>not found in any source we could see; shown as a numbered gap</source>
        <translation>не найдено ни в одном доступном нам источнике; показано как пронумерованный пропуск</translation>
    </message>
    <message>
        <source>supplied by a reader</source>
        <translation>восполнено читателем</translation>
    </message>
    <message>
        <source>wording a reader of this copy supplied from an edition they hold, shown with that edition and page; we have not checked it, so it is never verified, and the shipped wording (or gap) stays one click away</source>
        <translation>формулировка, которую читатель этой копии восполнил по имеющемуся у него изданию, показана с этим изданием и страницей; мы её не проверяли, поэтому она никогда не считается проверенной, а поставляемая формулировка (или пропуск) доступна одним щелчком</translation>
    </message>
    <message>
        <source>cited, but the work itself was not seen: its details come from another source, which is named</source>
        <translation>цитируется, но сама работа не просмотрена: сведения о ней взяты из другого источника, который указан</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>no cited source we saw gives the date; it is flagged</source>
        <translation>ни один просмотренный нами цитируемый источник не даёт даты; это отмечено</translation>
    </message>
    <message>
        <source>A weak witness is an anonymous forum post, a scraper or aggregator page, an untitled e-book page or a private blog: it is listed with the reason it is weak, and it is never the sole ground of &quot;verified&quot;.</source>
        <extracomment>What a weak witness is, for the same About text.</extracomment>
        <translation>Ненадёжный источник текста — это анонимное сообщение на форуме, страница сайта-копировщика или агрегатора, страница электронной книги без названия или личный блог: он приводится с указанием причины ненадёжности и никогда не служит единственным основанием для «проверено».</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>не просмотрено</translation>
    </message>
    <message>
        <source>weak witness</source>
        <translation>ненадёжный источник</translation>
    </message>
    <message>
        <source>cited, {word}</source>
        <translation>цитируется, {word}</translation>
    </message>
</context>
</TS>
