<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>banmian::app::MainWindow</name>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation type="vanished">
            <numerusform>%1: %n article</numerusform>
            <numerusform>%1: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sidebar(s)</source>
        <translation type="vanished">
            <numerusform>%n sidebar</numerusform>
            <numerusform>%n sidebars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="vanished">
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
