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
    <name>TierModelChecker</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map “%1”: %n cell(s) belong to no segment: %2.</source>
        <translation>
            <numerusform>Map “%1”: %n cell belongs to no segment: %2.</numerusform>
            <numerusform>Map “%1”: %n cells belong to no segment: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map “%1”: %n more cell(s) belong to more than one segment.</source>
        <translation>
            <numerusform>Map “%1”: %n more cell belongs to more than one segment.</numerusform>
            <numerusform>Map “%1”: %n more cells belong to more than one segment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ImportFilePage</name>
    <message numerus="yes">
        <source>%n column(s); the first rows are read for the preview.</source>
        <translation>
            <numerusform>%n column; the first rows are read for the preview.</numerusform>
            <numerusform>%n columns; the first rows are read for the preview.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ImportPreviewPage</name>
    <message numerus="yes">
        <source>Strict mode: %n row(s) would be rejected, so nothing would be imported. Fix the file, or go back and choose lenient mode to skip them.</source>
        <translation>
            <numerusform>Strict mode: %n row would be rejected, so nothing would be imported. Fix the file, or go back and choose lenient mode to skip them.</numerusform>
            <numerusform>Strict mode: %n rows would be rejected, so nothing would be imported. Fix the file, or go back and choose lenient mode to skip them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ImportRunPage</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ImportSheetPage</name>
    <message numerus="yes">
        <source>%1, sheet &quot;%2&quot;: %n column(s).</source>
        <translation>
            <numerusform>%1, sheet &quot;%2&quot;: %n column.</numerusform>
            <numerusform>%1, sheet &quot;%2&quot;: %n columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ImportSummaryPage</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected in strict mode.</source>
        <translation>
            <numerusform>Nothing was imported: %n row were rejected in strict mode.</numerusform>
            <numerusform>Nothing was imported: %n rows were rejected in strict mode.</numerusform>
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
