<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BgNbdModel</name>
    <message>
        <source>only %1 customers; estimates from fewer than %2 are unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 customers bought more than once; the drop-out parameters a and b need at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the longest customer history is %1, shorter than %2; purchase rates and drop-out are hard to tell apart over so short a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the encoding %2 is not available in this build of Clientele.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The code %1 is already used by the customer &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer %1 cannot be put back: its record is now used by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSummaryReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; expected a header row and one row per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header must name the columns x (or frequency), t_x (or recency) and T (or age); found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: expected %3 fields, found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column %3: &apos;%4&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of repeat purchases must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s age must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recency cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recency %1 is later than the customer&apos;s age %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mean purchase value cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a header but no customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>The customer code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer code is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer code starts or ends with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the customer was created is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Clientele database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Clientele database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Clientele (data format %2; this version reads up to %3). Please update Clientele. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GammaGammaModel</name>
    <message>
        <source>no repeat buyers with a positive mean spend to fit on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n repeat buyer(s) with zero mean spend left out of the spend model</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>only %1 repeat buyers with spend; the spend model needs at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend and purchase frequency are correlated (r = %1); the Gamma-Gamma model assumes they are independent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFileInspection</name>
    <message>
        <source>CSV / text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook (XLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet %2 has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSchema</name>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished">订单明细</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished">互动记录</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished">调查回复</translation>
    </message>
    <message>
        <source>Customer summaries (recency, frequency, amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind (ToC/ToB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per month (limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (line total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS score (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last purchase (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases per year (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per year (M)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <source>Unknown customer field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was already rolled back on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 has no sheet number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet %2 has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount or Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column is mapped to %2. The header row %3 has: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 mixes day/month (%2 values) and month/day (%3 values) dates; read as %4, the others are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the dates in column %2 could be day/month or month/day (no day is above 12; row %3 has &quot;%4&quot;). Choose the date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 mixes decimal commas (%2 values) and decimal points (%3 values); read with a decimal %4, the others are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds an error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number, not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several customers have the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no customer with the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither ToC nor ToB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 existing customers match %2; resolve the duplicates first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 belongs to another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order date is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without an order number column, every row needs a customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 line %2 is already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an NPS score runs from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction runs from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days since the last purchase must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchases per year must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount per year is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values in column %2 are in scientific notation (like 1.2E+5): the spreadsheet has already turned ids into numbers and may have lost digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values in column %2 were Excel day numbers without a date format; read as dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows have no customer code; they are kept as orders without a customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaximumLikelihoodFitter</name>
    <message>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no convergence within %1 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line search could not improve the likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the likelihood is not finite at the starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameters ran off towards zero or infinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data do not determine the parameters (the likelihood is flat at the optimum)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is password-protected (encrypted); save an unprotected copy and import that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEncodingDetector</name>
    <message>
        <source>UTF-8 byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 little-endian byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 big-endian byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero bytes between characters (UTF-16 without a byte order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes are valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double-byte Chinese text with Big5 byte patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double-byte Chinese text (GB18030/GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 and not double-byte Chinese: Western (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>no date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day; choose the date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has misplaced thousand separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>the Excel 97–2003 workbook cannot be read (FreeXL error %1): it may be damaged, encrypted or not a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is password-protected; save an unprotected copy and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no sheet number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size of sheet %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has %1 columns, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 cannot be read (damaged or encrypted ZIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 has a document type declaration, which spreadsheets never need (refused as a possible entity attack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged (ZIP data error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 inflates beyond the limit of %2 MB (possible ZIP bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is larger than its ZIP header says (possible ZIP bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a readable ZIP archive (truncated or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an Excel binary workbook (.xlsb), which Clientele cannot read; save it as .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP archive is not an Excel workbook (no xl/workbook.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP directory cannot be read (truncated or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds two entries named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 would inflate to %2 MB, more than the limit of %3 MB (possible ZIP bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is compressed more than %2:1, which real spreadsheets never are (possible ZIP bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 has a document type declaration (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared strings exceed the limit of %1 million characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 inflates beyond its declared size or the limit (possible ZIP bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no sheet number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: the cell reference %3 is outside the %4 columns a sheet can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to shared string %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 order lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sample can be written as .csv or .xlsx only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of customers and order lines cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::BackupManager</name>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the damaged file %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::CsvSheetReader</name>
    <message>
        <source>%1 has only one sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::CustomerDetailPane</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished">订单</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished">互动记录</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished">未打开数据库。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consented, no contact limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent: do not send marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consented, at most %1 contacts a month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::CustomerEditDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 00001 (kept exactly as typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ToC (consumer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ToB (business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WeChat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to receive marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crea&amp;ted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::CustomerTableModel</name>
    <message>
        <source>ToB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ToC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::CustomersPage</name>
    <message>
        <source>add customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished">新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a customer (Ins, Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected customer (F2, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected customer (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, name, city or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the customer %1 &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These go with them: %1, %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 survey responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>调查回复</translation>
    </message>
    <message>
        <source>Analytics — RFM scores, customer tiers, lifecycle stages, churn risk and lifetime value — come with a later release. For now the dashboard shows what the open database holds.</source>
        <translation>分析功能（RFM 评分、客户分层、生命周期阶段、流失风险和客户生命周期价值）将在后续版本中提供。目前仪表盘显示当前数据库中的数据量。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>clientele::DatabaseSession</name>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Clientele created a new, empty database:
%1

Fill it with demo data?</source>
        <translation>Clientele 已创建一个新的空数据库：
%1

是否填入演示数据？</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or use Open to open it.</source>
        <translation>%1 已存在。请选择新的文件名，或使用“打开”来打开它。</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Clientele cannot open %1.</source>
        <translation>Clientele 无法打开 %1。</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>There is no backup to restore it from.</source>
        <translation>没有可用于恢复的备份。</translation>
    </message>
    <message>
        <source>Restore the newest backup, from %1? The damaged file is kept beside it.</source>
        <translation>是否恢复最新的备份（%1）？损坏的文件会保留在原位置旁边。</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>无法恢复该备份。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Clientele cannot save a copy to %1.</source>
        <translation>Clientele 无法将副本保存到 %1。</translation>
    </message>
    <message>
        <source>Writing demo data…</source>
        <translation>正在写入演示数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The demo data could not be written.</source>
        <translation>无法写入演示数据。</translation>
    </message>
</context>
<context>
    <name>clientele::FieldComboDelegate</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ImportFilePage</name>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, TSV and text files in any common encoding, Excel workbooks (XLSX) and Excel 97-2003 workbooks (XLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s); the first rows are read for the preview.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ImportHistoryWidget</name>
    <message>
        <source>Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back import #%1 of %2? The %3 rows it added are deleted, customers it created are deleted unless later data uses them, and the customer fields it changed are restored. A backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import #%1 was rolled back: %2 rows and %3 customers deleted, %4 fields restored, %5 customers kept because later data uses them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ImportJob</name>
    <message>
        <source>Row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ImportMappingPage</name>
    <message>
        <source>Strict: any rejected row, nothing is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lenient: rejected rows are skipped and listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field each column fills, or ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day/month/year (31/12/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month/day/year (12/31/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year/month/day (2024/12/31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields chosen from the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the saved mapping &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount or Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for more than one column: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the mapping (offered again for files with the same columns):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ImportPage</name>
    <message>
        <source>Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">导入</translation>
    </message>
    <message>
        <source>Bring in customers, orders, interactions, surveys and customer summaries from CSV, XLSX and XLS files. You can also drop a file on the window. Every import can be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ImportPreviewPage</name>
    <message>
        <source>Rejected rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trial run of the whole import: nothing is written until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by row, field, value or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each row does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers to create: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers to update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 of %2 problems are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Strict mode: %n row(s) would be rejected, so nothing would be imported. Fix the file, or go back and choose lenient mode to skip them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to choose the date order, the decimal symbol or other columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported like this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ImportReportModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, no customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ImportRunPage</name>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is written in one transaction: a cancelled import changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file to decide dates and numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ImportSheetPage</name>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet and contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the rows of the file are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, sheet &quot;%2&quot;: %n column(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ImportSummaryPage</name>
    <message>
        <source>Save error report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. The database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected in strict mode.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 as import #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::InteractionTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::MainWindow</name>
    <message>
        <source>Clientele databases (*.clientele *.db *.sqlite);;All files (*)</source>
        <translation>Clientele 数据库 (*.clientele *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Customer segments: RFM scores, the four customer tiers (high-value, potential, low-value, churn-risk), lifecycle stages and churn risk for every customer.</source>
        <translation>客户分层：每位客户的 RFM 评分、四个客户层级（高价值客户、潜力客户、低价值客户、流失风险客户）、生命周期阶段和流失风险。</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>策略规划</translation>
    </message>
    <message>
        <source>Strategy plans: for each tier, the strategy, measures, owner, start and end dates, budget and target.</source>
        <translation>策略规划：为每个客户层级制定策略、具体措施、负责人、起止日期、预算和目标。</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>效果跟踪</translation>
    </message>
    <message>
        <source>Effect tracking: quarter by quarter, each tier&apos;s repurchase rate, average order value, satisfaction and churn rate against the plan&apos;s targets.</source>
        <translation>效果跟踪：按季度对照规划目标，跟踪各客户层级的复购率、客单价、满意度和流失率。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Reports: the quarterly customer review, printable and exportable to PDF and Excel.</source>
        <translation>报告：季度客户经营回检报告，可打印并导出为 PDF 和 Excel。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>另存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete customer</source>
        <translation>删除客户(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>关于 Clientele(&amp;A)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>%1 — Clientele</source>
        <translation>%1 — Clientele</translation>
    </message>
    <message>
        <source>%1 — counting…</source>
        <translation>%1 — 正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order line(s)</source>
        <translation>
            <numerusform>%Ln 条订单明细</numerusform>
        </translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>已将副本保存到 %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies after restart.</source>
        <translation>新的语言将在重新启动后生效。</translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation>关于 Clientele</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;A customer-lifecycle manager for account managers: customers, orders, segments, plans and quarterly reviews.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;面向客户经理的客户生命周期管理工具：客户、订单、客户分层、策略规划和季度经营回检。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clientele::OrderLineTableModel</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::PlaceholderPage</name>
    <message>
        <source>This page is not built yet.</source>
        <translation>此页面尚未完成。</translation>
    </message>
</context>
<context>
    <name>clientele::SampleGenerator</name>
    <message>
        <source>The numbers of customers and order lines cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::Storage</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::SurveyResponseTableModel</name>
    <message>
        <source>%1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ZipWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (zip error %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::cli</name>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (standard error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, after %1 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO: %1 (after %2 iterations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clv fit needs --summary FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos;; use bgnbd or gammagamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-iterations needs a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD purchase model (Fader, Hardie &amp; Lee 2005) on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no zbar (mean repeat-purchase value) column; the gammagamma model needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005) on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: clientele-cli clv fit --summary FILE.csv [--model bgnbd|gammagamma] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name a .csv or .xlsx file, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XLSX sheet holds at most %1 order lines; use .csv for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds customers or orders; sample fills an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers, %2 orders (%3 order lines, %4 cancelled, %5 without a customer), %6 interactions, %7 survey responses and %8 tag assignments to %9 in %10 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Clientele, a customer-lifecycle manager.</source>
        <translation>Clientele，客户生命周期管理工具。</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation>打开位于 &lt;路径&gt; 的数据库。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>User-interface language for this run: en or zh_CN.</source>
        <translation>本次运行的界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
