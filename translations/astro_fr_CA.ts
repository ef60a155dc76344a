<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>BatchExport</name>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPdfWriter</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retailer Free Goods Credit Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program / card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total (%n redemption(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchService</name>
    <message>
        <source>There is no batch number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is %2; it cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has no rewards to submit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>There is no program card %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would take back a reward that was already redeemed on “%1”. Undo that redemption first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogDocument</name>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” must be a whole number of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list “%1” must hold only non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid value for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Astro catalog (its “format” is not “astro-catalog”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalog is version %1; this Astro Counter reads version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country must be “US” or “CA”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tracking program must be retailer fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program needs at least one card in “cards”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary Holding is built in and cannot be redefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog was not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>Cannot read the catalog file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog was not imported: %1 names the manufacturer “%2”, which is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog was not imported: %1 lists the UPC %2, which is not a product of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog was not imported: %1 already belongs to the program “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: astro-counter-cli [--db FILE] [--json] [--user NAME --pin PIN] COMMAND ...

Store
  init [--demo] [--admin NAME --admin-pin PIN]   create the database (with the demo store)
  catalog import FILE                            import a catalog document
Customers
  customer add --first F --last L [--phone P] [--email E] [--allow-duplicate]
  customer find TEXT [--limit N] [--offset N]
  customer show ID
  customer merge KEEP_ID DUPLICATE_ID
Checkout
  scan --customer ID [--location L] [--at ISO-8601] [--reason R] [--transaction T]
       [--redeem-offer OFFER[:UPC]] UPC[xQTY][@PRICE]...
  void --scan ID
  cards --customer ID
  rewards --customer ID --card CARD
  redeem --customer ID --card CARD --upc UPC [--qty N] [--email E]
  undo --redemption ID [--reselect]
Retailer Free Goods Credit Batches
  batches [--status open|closed|submitted|complete] [--manufacturer M] [--location L]
  batch show|close|submit|complete ID
  batch export ID --format csv|pdf --out FILE
  batch cadence weekly|biweekly|monthly
Distributor credits
  credits [--status held|uncredited|credited|reconciled|declined] [--location L]
  credit resubmit ID --account N [--note TEXT]
  credit mark ID credited|reconciled|declined [--reason TEXT]
Enrollment
  enrollment list [--location L]
  enrollment set --location L --program P [--distributor D] [--account N]
  enrollment held
  distributors eligible --location L --program P
Administration
  audit [--search TEXT] [--limit N]
  user list | user add NAME --role ROLE --pin PIN | user pin NAME --pin PIN
  user role NAME --role ROLE | user disable NAME | user enable NAME
  events [--unsent] [--limit N]

Commands that change data need --user and --pin (or ASTRO_USER and ASTRO_PIN).
The database defaults to %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1 number (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “astro-counter-cli --help” for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with “astro-counter-cli init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command changes data: sign in with --user NAME and --pin PIN (or ASTRO_USER and ASTRO_PIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: catalog import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 products, %2 programs with %3 cards, %4 offers and %5 distributors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (customer %2) already has this phone or email. Add --allow-duplicate to add another account anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added customer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: customer find TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1: %2
Phone: %3
Email: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %1 — %2 of %3, %n reward(s) to redeem
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  redeemed %1: %2 (%3)%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 was merged into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: customer add|find|show|merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one item: UPC[xQTY][@PRICE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs an ISO-8601 time, like 2026-11-22T14:05:00-05:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — reward earned!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer redeemed: %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer available in this visit: %1 (use --redeem-offer %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1 voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reward(s) to redeem</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no punches yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed %1 (redemption %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption %1 undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is open, closed, submitted or complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: batch cadence weekly|biweekly|monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New batches now follow a %1 cadence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 — %2 — %3 — %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 exported to %2 (%n line(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use: batch show|export|close|submit|complete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is held, uncredited, credited, reconciled or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: credit mark ID credited|reconciled|declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: credit resubmit|mark ID ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrollments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n held redemption(s) sent to the distributor.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use: enrollment list|set|held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: distributors eligible --location L --program P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program has no distributor to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: user list|add|pin|role|disable|enable NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: user add NAME --role cashier|manager|admin --pin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is cashier, manager or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditService</name>
    <message>
        <source>This redemption was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credit is %1; it cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the credit was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the corrected account number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>First and last name are both required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number: give the 10 digits with the area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a phone number or an email, so the customer can be found again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these customers was already merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Astro Counter database (or it is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Astro Counter (schema %2; this version knows up to %3). Update Astro Counter; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save or read data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The demo store goes into a new, empty database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store file is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store file names an unknown user or customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>There is no location %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program or offer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not published in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is retailer fulfilled: the store claims its own credits, so it has no distributor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is direct fulfilled: the manufacturer credits the store, so it has no distributor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the store&apos;s account number with the manufacturer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the distributor you buy this brand from, or Temporary Holding if it is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distributor %1 cannot fulfill “%2” for %3: it does not serve this location or this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the store&apos;s account number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FulfillmentRouter</name>
    <message>
        <source>This location is not enrolled in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <source>“%1” is not a barcode: it may contain only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 has a wrong check digit (it should end in %2). Scan it again or check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a barcode: UPC and EAN codes have 8, 12, 13 or 14 digits (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferService</name>
    <message numerus="yes">
        <source>Limit reached: %n per customer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This offer&apos;s cap for the whole program is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer is redeemed in the visit that earned it; this visit is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit does not qualify for that offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit&apos;s offer was already redeemed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer needs the customer&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an item of the offer “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit would no longer earn the offer “%1” it redeemed. Undo that redemption first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit would no longer earn an offer it redeemed. Undo that redemption first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>an Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Manager or an Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in as %2; only %3 may do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedemptionService</name>
    <message>
        <source>There is no redemption number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program card %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reward is waiting on “%1” for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Limit reached: %n reward(s) per customer on this card.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Limit reached: this card&apos;s %n reward(s) for the whole program are all given.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This customer was merged into another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is finished or belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be given free on “%2”. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This reward has %n free unit(s) left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This redemption was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This redemption was already credited by the distributor; it cannot be undone here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This redemption is in batch %1, which was already submitted to the brand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is disabled. Ask an Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Cashier, Manager or Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user must be an Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last Admin: make another user Admin first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>“%1” is not an item: write UPC, UPCxQUANTITY or UPCxQUANTITY@PRICE (for example 012345678905x2@12.99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this counter&apos;s location before checking out customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was merged into customer number %2; check out that customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in Temporary Holding at this location: the punch counts, but its credits are held until a Manager chooses a distributor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on any frequent buyer card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on “%2”, which this location is not enrolled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on “%2”, which is not running on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is finished; start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the UPC %1. Check the number, or search the item by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was withdrawn from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be from 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale time %1 is in the future; check the POS clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why this item is added by hand: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program card %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location is not enrolled in the program of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scan number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scan was already voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit adds %1 punches to “%2”: give a reason (for example, converting a paper card).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retailer Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any qualifying item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesser or equal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased prior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any item on this card may be given free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free item must cost no more than the cheapest item bought on this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free item must be the same size as the items bought on this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free item must be one the customer bought on this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free item must be the one the customer bought most often on this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held (Temporary Holding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a retailer batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
