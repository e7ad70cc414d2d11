<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>GammaGammaModel</name>
    <message numerus="yes">
        <source>%n repeat buyer(s) with zero mean spend left out of the spend model</source>
        <translation>
            <numerusform>%n repeat buyer with zero mean spend left out of the spend model</numerusform>
            <numerusform>%n repeat buyers with zero mean spend left out of the spend model</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::CustomerDetailPane</name>
    <message numerus="yes">
        <source>consented, at most %n contact(s) a month</source>
        <translation>
            <numerusform>consented, at most %n contact a month</numerusform>
            <numerusform>consented, at most %n contacts a month</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::CustomersPage</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln survey response(s)</source>
        <translation>
            <numerusform>%Ln survey response</numerusform>
            <numerusform>%Ln survey responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::MainWindow</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order line(s)</source>
        <translation>
            <numerusform>%Ln order line</numerusform>
            <numerusform>%Ln order lines</numerusform>
        </translation>
    </message>
</context>
</TS>
