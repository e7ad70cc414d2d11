<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EffectMeasurement</name>
    <message numerus="yes">
        <source>%n target customer(s) had no control customer (none left of their tier, or no tier at the start) and are left out.</source>
        <translation>
            <numerusform>%n target customer had no control customer (none left of their tier, or no tier at the start) and is left out.</numerusform>
            <numerusform>%n target customers had no control customer (none left of their tier, or no tier at the start) and are left out.</numerusform>
        </translation>
    </message>
</context>
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
    <name>clientele::AddToPlanDialog</name>
    <message numerus="yes">
        <source>Add %n selected customer(s) to the hand-picked list of an execution item.</source>
        <translation>
            <numerusform>Add the selected customer to the hand-picked list of an execution item.</numerusform>
            <numerusform>Add the %n selected customers to the hand-picked list of an execution item.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ClvHistogramChart</name>
    <message numerus="yes">
        <source>Predicted value of the next %n month(s), discounted, in %1</source>
        <translation>
            <numerusform>Predicted value of the next %n month, discounted, in %1</numerusform>
            <numerusform>Predicted value of the next %n months, discounted, in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s)</source>
        <translation>
            <numerusform>%1: %n customer</numerusform>
            <numerusform>%1: %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::CustomersPage</name>
    <message numerus="yes">
        <source>clear the owner of %n customer(s)</source>
        <translation>
            <numerusform>clear the owner of %n customer</numerusform>
            <numerusform>clear the owner of %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assign %n customer(s) to %1</source>
        <translation>
            <numerusform>assign %n customer to %1</numerusform>
            <numerusform>assign %n customers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1, %Ln selected</numerusform>
            <numerusform>%1, %Ln selected</numerusform>
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
    <message numerus="yes">
        <source>Tag %1 added to %Ln customer(s).</source>
        <translation>
            <numerusform>Tag %1 added to %Ln customer.</numerusform>
            <numerusform>Tag %1 added to %Ln customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 removed from %Ln customer(s).</source>
        <translation>
            <numerusform>Tag %1 removed from %Ln customer.</numerusform>
            <numerusform>Tag %1 removed from %Ln customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner cleared for %Ln customer(s).</source>
        <translation>
            <numerusform>Owner cleared for %Ln customer.</numerusform>
            <numerusform>Owner cleared for %Ln customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) assigned to %1.</source>
        <translation>
            <numerusform>%Ln customer assigned to %1.</numerusform>
            <numerusform>%Ln customers assigned to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln selected customer(s)</source>
        <translation>
            <numerusform>Export %Ln selected customer</numerusform>
            <numerusform>Export %Ln selected customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln customer(s) of the list</source>
        <translation>
            <numerusform>Export the %Ln customer of the list</numerusform>
            <numerusform>Export the %Ln customers of the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln customer to %1.</numerusform>
            <numerusform>Exported %Ln customers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add tag %1 to %n customer(s)</source>
        <translation>
            <numerusform>add tag %1 to %n customer</numerusform>
            <numerusform>add tag %1 to %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove tag %1 from %n customer(s)</source>
        <translation>
            <numerusform>remove tag %1 from %n customer</numerusform>
            <numerusform>remove tag %1 from %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customer(s)</source>
        <translation>
            <numerusform>%1 of %Ln customer</numerusform>
            <numerusform>%1 of %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding tag %1 to %Ln customer(s)…</source>
        <translation>
            <numerusform>Adding tag %1 to %Ln customer…</numerusform>
            <numerusform>Adding tag %1 to %Ln customers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing tag %1 from %Ln customer(s)…</source>
        <translation>
            <numerusform>Removing tag %1 from %Ln customer…</numerusform>
            <numerusform>Removing tag %1 from %Ln customers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clearing the owner of %Ln customer(s)…</source>
        <translation>
            <numerusform>Clearing the owner of %Ln customer…</numerusform>
            <numerusform>Clearing the owner of %Ln customers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigning %Ln customer(s) to %1…</source>
        <translation>
            <numerusform>Assigning %Ln customer to %1…</numerusform>
            <numerusform>Assigning %Ln customers to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::GoalFormDialog</name>
    <message numerus="yes">
        <source>%1, %2 to %3, %n customer(s)</source>
        <translation>
            <numerusform>%1, %2 to %3, %n customer</numerusform>
            <numerusform>%1, %2 to %3, %n customers</numerusform>
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
    <name>clientele::ItemFormDialog</name>
    <message numerus="yes">
        <source>%n customer(s) linked</source>
        <translation>
            <numerusform>%n customer linked</numerusform>
            <numerusform>%n customers linked</numerusform>
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
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) added to the plan (undo on the Plans page)</source>
        <translation>
            <numerusform>%n customer added to the plan (undo on the Plans page)</numerusform>
            <numerusform>%n customers added to the plan (undo on the Plans page)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::NextBestActionsPanel</name>
    <message numerus="yes">
        <source>%n customer(s) to contact</source>
        <translation>
            <numerusform>%n customer to contact</numerusform>
            <numerusform>%n customers to contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n held back</source>
        <translation>
            <numerusform>, %n held back</numerusform>
            <numerusform>, %n held back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::OwnerPickerDialog</name>
    <message numerus="yes">
        <source>Give %n selected customer(s) this owner.</source>
        <translation>
            <numerusform>Give %n selected customer this owner.</numerusform>
            <numerusform>Give %n selected customers this owner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::PlansPage</name>
    <message numerus="yes">
        <source>Add %n customer(s) to “%1”</source>
        <translation>
            <numerusform>Add %n customer to “%1”</numerusform>
            <numerusform>Add %n customers to “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::PurchaseChart</name>
    <message numerus="yes">
        <source>%1: %2 in %n order(s)</source>
        <translation>
            <numerusform>%1: %2 in %n order</numerusform>
            <numerusform>%1: %2 in %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ReportsPage</name>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::SegmentsPage</name>
    <message numerus="yes">
        <source>As of %1 · %n customer(s) · tier model %2</source>
        <translation>
            <numerusform>As of %1 · %n customer · tier model %2</numerusform>
            <numerusform>As of %1 · %n customers · tier model %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>R %1 · F %2: %n customer(s)</source>
        <translation>
            <numerusform>R %1 · F %2: %n customer</numerusform>
            <numerusform>R %1 · F %2: %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) without purchases are not scored and not in the grid.</source>
        <translation>
            <numerusform>%n customer without purchases is not scored and not in the grid.</numerusform>
            <numerusform>%n customers without purchases are not scored and not in the grid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::SettingsPage</name>
    <message numerus="yes">
        <source>No customer changes tier (of %Ln analysed).</source>
        <translation>
            <numerusform>No customer changes tier (of %Ln analysed).</numerusform>
            <numerusform>No customer changes tier (of %Ln analysed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) change tier (%1)</source>
        <translation>
            <numerusform>%Ln customer changes tier (%1)</numerusform>
            <numerusform>%Ln customers change tier (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This map&apos;s edits move no customer (of %Ln analysed).</source>
        <translation>
            <numerusform>This map&apos;s edits move no customer (of %Ln analysed).</numerusform>
            <numerusform>This map&apos;s edits move no customer (of %Ln analysed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This map&apos;s edits move %Ln customer(s) to another tier (%1).</source>
        <translation>
            <numerusform>This map&apos;s edits move %Ln customer to another tier (%1).</numerusform>
            <numerusform>This map&apos;s edits move %Ln customers to another tier (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited tier map(s) stored.</source>
        <translation>
            <numerusform>%n edited tier map stored.</numerusform>
            <numerusform>%n edited tier maps stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::TagPickerDialog</name>
    <message numerus="yes">
        <source>Add a tag to %n selected customer(s).</source>
        <translation>
            <numerusform>Add a tag to %n selected customer.</numerusform>
            <numerusform>Add a tag to %n selected customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a tag from %n selected customer(s).</source>
        <translation>
            <numerusform>Remove a tag from %n selected customer.</numerusform>
            <numerusform>Remove a tag from %n selected customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::TierMapEditor</name>
    <message numerus="yes">
        <source>Assign %n cell(s) to %1</source>
        <translation>
            <numerusform>Assign %n cell to %1</numerusform>
            <numerusform>Assign %n cells to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cell(s)</source>
        <translation>
            <numerusform>%1: %n cell</numerusform>
            <numerusform>%1: %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::TierMigrationView</name>
    <message numerus="yes">
        <source>%1 → %2: %n customer(s), bought %3 between the period ends</source>
        <translation>
            <numerusform>%1 → %2: %n customer, bought %3 between the period ends</numerusform>
            <numerusform>%1 → %2: %n customers, bought %3 between the period ends</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::TrackingPage</name>
    <message numerus="yes">
        <source>Measuring %n goal(s) as of %1…</source>
        <translation>
            <numerusform>Measuring %n goal as of %1…</numerusform>
            <numerusform>Measuring %n goals as of %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::TrackingTableModel</name>
    <message numerus="yes">
        <source>%n customer(s) counted; double-click to enter a value</source>
        <translation>
            <numerusform>%n customer counted; double-click to enter a value</numerusform>
            <numerusform>%n customers counted; double-click to enter a value</numerusform>
        </translation>
    </message>
</context>
</TS>
