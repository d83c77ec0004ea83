<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
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
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>Follow the &amp;system (%1)</source>
        <translation>Как в &amp;системе (%1)</translation>
    </message>
</context>
</TS>
