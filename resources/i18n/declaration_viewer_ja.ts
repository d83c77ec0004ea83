<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
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
        <source>Interface &amp;language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the &amp;system (%1)</source>
        <translation>システムの設定に従う(&amp;S)（%1）</translation>
    </message>
</context>
</TS>
