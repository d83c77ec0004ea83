<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AnnotationExchange</name>
    <message numerus="yes">
        <source>Adding %n annotation(s)…</source>
        <translation>
            <numerusform>Adding %n annotation…</numerusform>
            <numerusform>Adding %n annotations…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplied text(s)</source>
        <translation>
            <numerusform>%n supplied text</numerusform>
            <numerusform>%n supplied texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not anchored in this text (listed apart in the Annotations panel)</source>
        <translation>
            <numerusform>%n not anchored in this text (listed apart in the Annotations panel)</numerusform>
            <numerusform>%n not anchored in this text (listed apart in the Annotations panel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n annotation to {path}.</numerusform>
            <numerusform>Exported %n annotations to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message numerus="yes">
        <source>%n annotation(s) (filtered)</source>
        <translation>
            <numerusform>%n annotation (filtered)</numerusform>
            <numerusform>%n annotations (filtered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>All %n readings read {label}</source>
        <translation>
            <numerusform>All %n reading reads {label}</numerusform>
            <numerusform>All %n readings read {label}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n readings read {label}</source>
        <translation>
            <numerusform>{count} of %n reading reads {label}</numerusform>
            <numerusform>{count} of %n readings read {label}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n readings concern {label}</source>
        <translation>
            <numerusform>All %n reading concerns {label}</numerusform>
            <numerusform>All %n readings concern {label}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n readings concern {label}</source>
        <translation>
            <numerusform>{count} of %n reading concerns {label}</numerusform>
            <numerusform>{count} of %n readings concern {label}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s). Click one, or press Enter on it, to go there.</source>
        <translation>
            <numerusform>%n result. Click it, or press Enter on it, to go there.</numerusform>
            <numerusform>%n results. Click one, or press Enter on it, to go there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextFind</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
</TS>
