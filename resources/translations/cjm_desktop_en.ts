<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Journey map canvas</source>
            <translation>Journey map canvas</translation>
        </message>
        <message>
            <source>Map size</source>
            <translation>Map size</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Menu bar</translation>
        </message>
        <message>
            <source>Save state</source>
            <translation>Save state</translation>
        </message>
        <message>
            <source>Stages are columns and lanes are rows; arrow keys move between cards, Tab between cells, F2 edits the selected card.</source>
            <translation>Stages are columns and lanes are rows; arrow keys move between cards, Tab between cells, F2 edits the selected card.</translation>
        </message>
        <message>
            <source>Status bar</source>
            <translation>Status bar</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Could not open the map</source>
            <translation>Could not open the map</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>Add card here</source>
            <translation>Add card here</translation>
        </message>
        <message>
            <source>Add lane below</source>
            <translation>Add lane below</translation>
        </message>
        <message>
            <source>Add stage after</source>
            <translation>Add stage after</translation>
        </message>
        <message>
            <source>Add stage before</source>
            <translation>Add stage before</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <source>Add step after</source>
            <translation>Add step after</translation>
        </message>
        <message>
            <source>Change colour…</source>
            <translation>Change colour…</translation>
        </message>
        <message>
            <source>Clear emotion</source>
            <translation>Clear emotion</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Cut</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Delete lane</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Delete stage</translation>
        </message>
        <message>
            <source>Delete step</source>
            <translation>Delete step</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Edit text</source>
            <translation>Edit text</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Rename lane</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Rename stage</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>Rename step</translation>
        </message>
        <message>
            <source>Stage colour</source>
            <translation>Stage colour</translation>
        </message>
    </context>
    <context>
        <name>CardForm</name>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Complaint types</source>
            <translation>Complaint types</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <source>Expectation</source>
            <translation>Expectation</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Kind colour</source>
            <translation>Kind colour</translation>
        </message>
        <message>
            <source>Linked pain points</source>
            <translation>Linked pain points</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metrics</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Online / offline</source>
            <translation>Online / offline</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Pain point</source>
            <translation>Pain point</translation>
        </message>
        <message>
            <source>Performance</source>
            <translation>Performance</translation>
        </message>
        <message>
            <source>Response time</source>
            <translation>Response time</translation>
        </message>
        <message>
            <source>Root cause: 5 Whys</source>
            <translation>Root cause: 5 Whys</translation>
        </message>
        <message>
            <source>Satisfaction (CSAT)</source>
            <translation>Satisfaction (CSAT)</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Touchpoint</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Why? (%1)</source>
            <translation>Why? (%1)</translation>
        </message>
        <message>
            <source>comma, separated</source>
            <translation>comma, separated</translation>
        </message>
        <message>
            <source>e.g. %, min, count</source>
            <translation>e.g. %, min, count</translation>
        </message>
        <message>
            <source>e.g. 2 hours</source>
            <translation>e.g. 2 hours</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>CommentThread</name>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Add comment</translation>
        </message>
        <message>
            <source>Checked: resolved</source>
            <translation>Checked: resolved</translation>
        </message>
        <message>
            <source>Comments: %1 open of %2</source>
            <translation>Comments: %1 open of %2</translation>
        </message>
        <message>
            <source>Write a comment…</source>
            <translation>Write a comment…</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>(deleted)</source>
            <translation>(deleted)</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Add comment</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Checked: resolved</source>
            <translation>Checked: resolved</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>New comment on %1</source>
            <translation>New comment on %1</translation>
        </message>
        <message>
            <source>On</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Open only</source>
            <translation>Open only</translation>
        </message>
        <message>
            <source>Select a card, stage or persona to comment on it.</source>
            <translation>Select a card, stage or persona to comment on it.</translation>
        </message>
        <message>
            <source>Write a comment…</source>
            <translation>Write a comment…</translation>
        </message>
        <message>
            <source>card “%1”</source>
            <translation>card “%1”</translation>
        </message>
        <message>
            <source>persona “%1”</source>
            <translation>persona “%1”</translation>
        </message>
        <message>
            <source>stage “%1”</source>
            <translation>stage “%1”</translation>
        </message>
    </context>
    <context>
        <name>CommentsPart</name>
        <message>
            <source>&amp;Comments</source>
            <translation>&amp;Comments</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comments</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Differences: %1</source>
            <translation>Differences: %1</translation>
        </message>
        <message>
            <source>No differences: both copies are the same.</source>
            <translation>No differences: both copies are the same.</translation>
        </message>
        <message>
            <source>Nothing compared yet: File ▸ Compare with…</source>
            <translation>Nothing compared yet: File ▸ Compare with…</translation>
        </message>
        <message>
            <source>Put the checked changes into this map</source>
            <translation>Put the checked changes into this map</translation>
        </message>
        <message>
            <source>Take all</source>
            <translation>Take all</translation>
        </message>
        <message>
            <source>Take changes (%1)</source>
            <translation>Take changes (%1)</translation>
        </message>
        <message>
            <source>Take checked</source>
            <translation>Take checked</translation>
        </message>
        <message>
            <source>This map compared with %1</source>
            <translation>This map compared with %1</translation>
        </message>
    </context>
    <context>
        <name>DiskBanner</name>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
    </context>
    <context>
        <name>DockChrome</name>
        <message>
            <source>Dock in the window</source>
            <translation>Dock in the window</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>Float</translation>
        </message>
        <message>
            <source>Fold into the side rail</source>
            <translation>Fold into the side rail</translation>
        </message>
        <message>
            <source>Folded panels</source>
            <translation>Folded panels</translation>
        </message>
        <message>
            <source>Give the whole window to the map; press again to bring the panels back</source>
            <translation>Give the whole window to the map; press again to bring the panels back</translation>
        </message>
        <message>
            <source>Hide All Pa&amp;nels</source>
            <translation>Hide All Pa&amp;nels</translation>
        </message>
        <message>
            <source>Panel menu</source>
            <translation>Panel menu</translation>
        </message>
        <message>
            <source>Show All Panels</source>
            <translation>Show All Panels</translation>
        </message>
        <message>
            <source>Show “%1”</source>
            <translation>Show “%1”</translation>
        </message>
    </context>
    <context>
        <name>Docks</name>
        <message>
            <source>Add a stage and a lane first: the map has no cell for cards.</source>
            <translation>Add a stage and a lane first: the map has no cell for cards.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Add card</source>
            <translation>Add card</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Add comment</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Add lane</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Add stage</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>Delete card</translation>
        </message>
        <message>
            <source>Delete cards</source>
            <translation>Delete cards</translation>
        </message>
        <message>
            <source>Delete comment</source>
            <translation>Delete comment</translation>
        </message>
        <message>
            <source>Edit card</source>
            <translation>Edit card</translation>
        </message>
        <message>
            <source>Edit comment</source>
            <translation>Edit comment</translation>
        </message>
        <message>
            <source>Move card</source>
            <translation>Move card</translation>
        </message>
        <message>
            <source>Move cards</source>
            <translation>Move cards</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>Move lane</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Move stage</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Move step</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>New stage</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>New step</translation>
        </message>
        <message>
            <source>Paste cards</source>
            <translation>Paste cards</translation>
        </message>
        <message>
            <source>Reopen comment</source>
            <translation>Reopen comment</translation>
        </message>
        <message>
            <source>Resolve comment</source>
            <translation>Resolve comment</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Untitled map</translation>
        </message>
        <message>
            <source>“%1” can’t be redone: someone else has changed it since.</source>
            <translation>“%1” can’t be redone: someone else has changed it since.</translation>
        </message>
        <message>
            <source>“%1” can’t be undone: someone else has changed it since.</source>
            <translation>“%1” can’t be undone: someone else has changed it since.</translation>
        </message>
    </context>
    <context>
        <name>EditNames</name>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>Add persona “%1”</source>
            <translation>Add persona “%1”</translation>
        </message>
        <message>
            <source>Answer checklist question</source>
            <translation>Answer checklist question</translation>
        </message>
        <message>
            <source>Change %1's emotion at %2</source>
            <translation>Change %1's emotion at %2</translation>
        </message>
        <message>
            <source>Change card colour</source>
            <translation>Change card colour</translation>
        </message>
        <message>
            <source>Change card kind</source>
            <translation>Change card kind</translation>
        </message>
        <message>
            <source>Change card votes</source>
            <translation>Change card votes</translation>
        </message>
        <message>
            <source>Change content language</source>
            <translation>Change content language</translation>
        </message>
        <message>
            <source>Change lane kind</source>
            <translation>Change lane kind</translation>
        </message>
        <message>
            <source>Change scenario</source>
            <translation>Change scenario</translation>
        </message>
        <message>
            <source>Delete persona “%1”</source>
            <translation>Delete persona “%1”</translation>
        </message>
        <message>
            <source>Duplicate card</source>
            <translation>Duplicate card</translation>
        </message>
        <message>
            <source>Duplicate cards</source>
            <translation>Duplicate cards</translation>
        </message>
        <message>
            <source>Duplicate persona “%1”</source>
            <translation>Duplicate persona “%1”</translation>
        </message>
        <message>
            <source>Edit %1's %2</source>
            <translation>Edit %1's %2</translation>
        </message>
        <message>
            <source>Edit %1's note at %2</source>
            <translation>Edit %1's note at %2</translation>
        </message>
        <message>
            <source>Edit card notes</source>
            <translation>Edit card notes</translation>
        </message>
        <message>
            <source>Edit card tags</source>
            <translation>Edit card tags</translation>
        </message>
        <message>
            <source>Edit card text</source>
            <translation>Edit card text</translation>
        </message>
        <message>
            <source>Edit checklist</source>
            <translation>Edit checklist</translation>
        </message>
        <message>
            <source>Edit checklist note</source>
            <translation>Edit checklist note</translation>
        </message>
        <message>
            <source>Edit complaint types</source>
            <translation>Edit complaint types</translation>
        </message>
        <message>
            <source>Edit customer goal</source>
            <translation>Edit customer goal</translation>
        </message>
        <message>
            <source>Edit desired experience</source>
            <translation>Edit desired experience</translation>
        </message>
        <message>
            <source>Edit lane</source>
            <translation>Edit lane</translation>
        </message>
        <message>
            <source>Edit map description</source>
            <translation>Edit map description</translation>
        </message>
        <message>
            <source>Edit map properties</source>
            <translation>Edit map properties</translation>
        </message>
        <message>
            <source>Edit stage</source>
            <translation>Edit stage</translation>
        </message>
        <message>
            <source>Edit stage description</source>
            <translation>Edit stage description</translation>
        </message>
        <message>
            <source>Edit step</source>
            <translation>Edit step</translation>
        </message>
        <message>
            <source>Edit step description</source>
            <translation>Edit step description</translation>
        </message>
        <message>
            <source>Edit the 5 Whys</source>
            <translation>Edit the 5 Whys</translation>
        </message>
        <message>
            <source>Edit the persona's %1</source>
            <translation>Edit the persona's %1</translation>
        </message>
        <message>
            <source>Link a touchpoint</source>
            <translation>Link a touchpoint</translation>
        </message>
        <message>
            <source>Link pain points</source>
            <translation>Link pain points</translation>
        </message>
        <message>
            <source>Move persona “%1”</source>
            <translation>Move persona “%1”</translation>
        </message>
        <message>
            <source>Name the persona</source>
            <translation>Name the persona</translation>
        </message>
        <message>
            <source>Recolour stage</source>
            <translation>Recolour stage</translation>
        </message>
        <message>
            <source>Rename map</source>
            <translation>Rename map</translation>
        </message>
        <message>
            <source>Rename persona “%1”</source>
            <translation>Rename persona “%1”</translation>
        </message>
        <message>
            <source>Resize lane</source>
            <translation>Resize lane</translation>
        </message>
        <message>
            <source>Set %1's feeling at %2</source>
            <translation>Set %1's feeling at %2</translation>
        </message>
        <message>
            <source>Set %1's score at %2</source>
            <translation>Set %1's score at %2</translation>
        </message>
        <message>
            <source>Set %1's to-be score at %2</source>
            <translation>Set %1's to-be score at %2</translation>
        </message>
        <message>
            <source>Set KPI actual value</source>
            <translation>Set KPI actual value</translation>
        </message>
        <message>
            <source>Set KPI name</source>
            <translation>Set KPI name</translation>
        </message>
        <message>
            <source>Set KPI target</source>
            <translation>Set KPI target</translation>
        </message>
        <message>
            <source>Set KPI unit</source>
            <translation>Set KPI unit</translation>
        </message>
        <message>
            <source>Set channel</source>
            <translation>Set channel</translation>
        </message>
        <message>
            <source>Set complaint count</source>
            <translation>Set complaint count</translation>
        </message>
        <message>
            <source>Set effort</source>
            <translation>Set effort</translation>
        </message>
        <message>
            <source>Set expectation</source>
            <translation>Set expectation</translation>
        </message>
        <message>
            <source>Set impact</source>
            <translation>Set impact</translation>
        </message>
        <message>
            <source>Set map owner</source>
            <translation>Set map owner</translation>
        </message>
        <message>
            <source>Set online / offline</source>
            <translation>Set online / offline</translation>
        </message>
        <message>
            <source>Set owner</source>
            <translation>Set owner</translation>
        </message>
        <message>
            <source>Set pain category</source>
            <translation>Set pain category</translation>
        </message>
        <message>
            <source>Set performance</source>
            <translation>Set performance</translation>
        </message>
        <message>
            <source>Set response time</source>
            <translation>Set response time</translation>
        </message>
        <message>
            <source>Set review date</source>
            <translation>Set review date</translation>
        </message>
        <message>
            <source>Set satisfaction</source>
            <translation>Set satisfaction</translation>
        </message>
        <message>
            <source>Set scope</source>
            <translation>Set scope</translation>
        </message>
        <message>
            <source>Set severity</source>
            <translation>Set severity</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Set status</translation>
        </message>
        <message>
            <source>Set team</source>
            <translation>Set team</translation>
        </message>
        <message>
            <source>Set version</source>
            <translation>Set version</translation>
        </message>
        <message>
            <source>age</source>
            <translation>age</translation>
        </message>
        <message>
            <source>age group</source>
            <translation>age group</translation>
        </message>
        <message>
            <source>bio</source>
            <translation>bio</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>colour</translation>
        </message>
        <message>
            <source>empathy map</source>
            <translation>empathy map</translation>
        </message>
        <message>
            <source>family</source>
            <translation>family</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>gender</translation>
        </message>
        <message>
            <source>income</source>
            <translation>income</translation>
        </message>
        <message>
            <source>information sources</source>
            <translation>information sources</translation>
        </message>
        <message>
            <source>location</source>
            <translation>location</translation>
        </message>
        <message>
            <source>long-term goals</source>
            <translation>long-term goals</translation>
        </message>
        <message>
            <source>needs</source>
            <translation>needs</translation>
        </message>
        <message>
            <source>occupation</source>
            <translation>occupation</translation>
        </message>
        <message>
            <source>personality and behaviour</source>
            <translation>personality and behaviour</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>preferred channels</source>
            <translation>preferred channels</translation>
        </message>
        <message>
            <source>problems</source>
            <translation>problems</translation>
        </message>
        <message>
            <source>profile</source>
            <translation>profile</translation>
        </message>
        <message>
            <source>purchase pattern</source>
            <translation>purchase pattern</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>quote</translation>
        </message>
        <message>
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <source>segment</source>
            <translation>segment</translation>
        </message>
        <message>
            <source>short-term goals</source>
            <translation>short-term goals</translation>
        </message>
        <message>
            <source>urban / rural</source>
            <translation>urban / rural</translation>
        </message>
        <message>
            <source>values</source>
            <translation>values</translation>
        </message>
        <message>
            <source>wishes</source>
            <translation>wishes</translation>
        </message>
    </context>
    <context>
        <name>EmotionCurve</name>
        <message>
            <source>&amp;Emotion curve</source>
            <translation>&amp;Emotion curve</translation>
        </message>
        <message>
            <source>Could not export the emotion curve</source>
            <translation>Could not export the emotion curve</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>Emotion curve</translation>
        </message>
        <message>
            <source>Emotion curve as PNG…</source>
            <translation>Emotion curve as PNG…</translation>
        </message>
        <message>
            <source>Emotion curve as SVG…</source>
            <translation>Emotion curve as SVG…</translation>
        </message>
        <message>
            <source>Export the emotion curve as PNG</source>
            <translation>Export the emotion curve as PNG</translation>
        </message>
        <message>
            <source>Export the emotion curve as SVG</source>
            <translation>Export the emotion curve as SVG</translation>
        </message>
        <message>
            <source>Loading the emotion curve…</source>
            <translation>Loading the emotion curve…</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG drawing (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>EmotionDialog</name>
        <message>
            <source>Emotion</source>
            <translation>Emotion</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Note or quote</source>
            <translation>Note or quote</translation>
        </message>
        <message>
            <source>Score (as-is)</source>
            <translation>Score (as-is)</translation>
        </message>
        <message>
            <source>Score (to-be)</source>
            <translation>Score (to-be)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>— no score</source>
            <translation>— no score</translation>
        </message>
        <message>
            <source>— none</source>
            <translation>— none</translation>
        </message>
    </context>
    <context>
        <name>EmotionForm</name>
        <message>
            <source>Feeling</source>
            <translation>Feeling</translation>
        </message>
        <message>
            <source>Note or quote</source>
            <translation>Note or quote</translation>
        </message>
        <message>
            <source>Score (as-is)</source>
            <translation>Score (as-is)</translation>
        </message>
        <message>
            <source>Score (to-be)</source>
            <translation>Score (to-be)</translation>
        </message>
        <message>
            <source>no score</source>
            <translation>no score</translation>
        </message>
    </context>
    <context>
        <name>EmotionPlot</name>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>As-is</source>
            <translation>As-is</translation>
        </message>
        <message>
            <source>Click a point or an empty spot to select it; Up and Down change its score, Delete removes it, Enter edits its label and note.</source>
            <translation>Click a point or an empty spot to select it; Up and Down change its score, Delete removes it, Enter edits its label and note.</translation>
        </message>
        <message>
            <source>Label: %1</source>
            <translation>Label: %1</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Moment of truth</translation>
        </message>
        <message>
            <source>Moment of truth (lowest point)</source>
            <translation>Moment of truth (lowest point)</translation>
        </message>
        <message>
            <source>To-be</source>
            <translation>To-be</translation>
        </message>
        <message>
            <source>To-be (dashed)</source>
            <translation>To-be (dashed)</translation>
        </message>
    </context>
    <context>
        <name>Empathy</name>
        <message>
            <source>Does</source>
            <translation>Does</translation>
        </message>
        <message>
            <source>Feels</source>
            <translation>Feels</translation>
        </message>
        <message>
            <source>Gains</source>
            <translation>Gains</translation>
        </message>
        <message>
            <source>Pains</source>
            <translation>Pains</translation>
        </message>
        <message>
            <source>Says</source>
            <translation>Says</translation>
        </message>
        <message>
            <source>Thinks</source>
            <translation>Thinks</translation>
        </message>
    </context>
    <context>
        <name>EmpathyEditor</name>
        <message>
            <source>One item per line</source>
            <translation>One item per line</translation>
        </message>
    </context>
    <context>
        <name>ErrorNotice</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Something went wrong; your work is safe. Details are in %1</source>
            <translation>Something went wrong; your work is safe. Details are in %1</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>A3 landscape</source>
            <translation>A3 landscape</translation>
        </message>
        <message>
            <source>A4 landscape</source>
            <translation>A4 landscape</translation>
        </message>
        <message>
            <source>Add an Insights page at the end</source>
            <translation>Add an Insights page at the end</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation>CSV tables (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cards as CSV…</source>
            <translation>Cards as CSV…</translation>
        </message>
        <message>
            <source>Could not export the map</source>
            <translation>Could not export the map</translation>
        </message>
        <message>
            <source>Could not import the file</source>
            <translation>Could not import the file</translation>
        </message>
        <message>
            <source>Each commented card gets a small number on the map; the comments follow on their own page, by number.</source>
            <translation>Each commented card gets a small number on the map; the comments follow on their own page, by number.</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Export cancelled: no file was written</source>
            <translation>Export cancelled: no file was written</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>Export map</translation>
        </message>
        <message>
            <source>Export options</source>
            <translation>Export options</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Fit the whole map on one page</source>
            <translation>Fit the whole map on one page</translation>
        </message>
        <message>
            <source>Image (PNG)…</source>
            <translation>Image (PNG)…</translation>
        </message>
        <message>
            <source>Import map</source>
            <translation>Import map</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Keep text selectable (needs the font where it is opened)</source>
            <translation>Keep text selectable (needs the font where it is opened)</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Layout:</translation>
        </message>
        <message>
            <source>Mermaid journey (.mmd)…</source>
            <translation>Mermaid journey (.mmd)…</translation>
        </message>
        <message>
            <source>Mermaid journeys (*.mmd)</source>
            <translation>Mermaid journeys (*.mmd)</translation>
        </message>
        <message>
            <source>Off: text is drawn as outlines and looks the same on every machine; its words stay in the file as titles.</source>
            <translation>Off: text is drawn as outlines and looks the same on every machine; its words stay in the file as titles.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Page:</source>
            <translation>Page:</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <source>Print comments as numbered notes at the end</source>
            <translation>Print comments as numbered notes at the end</translation>
        </message>
        <message>
            <source>Resolution:</source>
            <translation>Resolution:</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG images (*.svg)</translation>
        </message>
        <message>
            <source>Table (.csv)…</source>
            <translation>Table (.csv)…</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Text:</translation>
        </message>
        <message>
            <source>Tile over several pages at a readable size</source>
            <translation>Tile over several pages at a readable size</translation>
        </message>
        <message>
            <source>Vector image (SVG)…</source>
            <translation>Vector image (SVG)…</translation>
        </message>
        <message>
            <source>Workbook (.xlsx)…</source>
            <translation>Workbook (.xlsx)…</translation>
        </message>
        <message>
            <source>Workbook or table (.xlsx)…</source>
            <translation>Workbook or table (.xlsx)…</translation>
        </message>
    </context>
    <context>
        <name>ExportNotice</name>
        <message>
            <source>Could not open the folder</source>
            <translation>Could not open the folder</translation>
        </message>
        <message>
            <source>Exported “%1”</source>
            <translation>Exported “%1”</translation>
        </message>
        <message>
            <source>No program opened %1. The file is there: %2</source>
            <translation>No program opened %1. The file is there: %2</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Open the folder of the exported file</source>
            <translation>Open the folder of the exported file</translation>
        </message>
        <message>
            <source>Show %1 in the file manager</source>
            <translation>Show %1 in the file manager</translation>
        </message>
        <message>
            <source>journey-map</source>
            <translation>journey-map</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <source>Could not open the map</source>
            <translation>Could not open the map</translation>
        </message>
        <message>
            <source>Could not reload the map</source>
            <translation>Could not reload the map</translation>
        </message>
        <message>
            <source>Could not save the map</source>
            <translation>Could not save the map</translation>
        </message>
        <message>
            <source>Journey maps (*.cjm.json)</source>
            <translation>Journey maps (*.cjm.json)</translation>
        </message>
        <message>
            <source>Journey maps (*.cjm.json);;All files (*)</source>
            <translation>Journey maps (*.cjm.json);;All files (*)</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>No recent maps</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>Open map</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Overwrite</translation>
        </message>
        <message>
            <source>Reload and lose mine</source>
            <translation>Reload and lose mine</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Save As…</translation>
        </message>
        <message>
            <source>Save map as</source>
            <translation>Save map as</translation>
        </message>
        <message>
            <source>Save yours as a new file to keep both, or overwrite theirs, or reload the file and lose your changes.</source>
            <translation>Save yours as a new file to keep both, or overwrite theirs, or reload the file and lose your changes.</translation>
        </message>
        <message>
            <source>The map could not be written to %1: %2. Your changes are still open; try another folder.</source>
            <translation>The map could not be written to %1: %2. Your changes are still open; try another folder.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>journey-map</source>
            <translation>journey-map</translation>
        </message>
        <message>
            <source>“%1” has unsaved changes. Save them before continuing?</source>
            <translation>“%1” has unsaved changes. Save them before continuing?</translation>
        </message>
        <message>
            <source>“%1” is read-only, so it was not replaced. Your changes are still open; use Save As to keep them in another file.</source>
            <translation>“%1” is read-only, so it was not replaced. Your changes are still open; use Save As to keep them in another file.</translation>
        </message>
        <message>
            <source>“%1” was changed by another program or person since you opened or last saved it here. Saving now would replace their changes.</source>
            <translation>“%1” was changed by another program or person since you opened or last saved it here. Saving now would replace their changes.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>All pain categories</source>
            <translation>All pain categories</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>All tags</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close and clear the filter (Esc)</source>
            <translation>Close and clear the filter (Esc)</translation>
        </message>
        <message>
            <source>Find cards…</source>
            <translation>Find cards…</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Next match</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Next match (Enter)</translation>
        </message>
        <message>
            <source>No match</source>
            <translation>No match</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Previous match</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Previous match (Shift+Enter)</translation>
        </message>
    </context>
    <context>
        <name>HelpGuide</name>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>CJM Desktop user guide</source>
            <translation>CJM Desktop user guide</translation>
        </message>
        <message>
            <source>The user guide is not installed.</source>
            <translation>The user guide is not installed.</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;About CJM Desktop</source>
            <translation>&amp;About CJM Desktop</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CJM Desktop %1&lt;/h3&gt;&lt;p&gt;An offline editor for customer journey maps.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;CJM Desktop %1&lt;/h3&gt;&lt;p&gt;An offline editor for customer journey maps.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About CJM Desktop</source>
            <translation>About CJM Desktop</translation>
        </message>
        <message>
            <source>Korean text uses the Nanum Gothic font © NAVER Corporation, under the SIL Open Font License 1.1.</source>
            <translation>Korean text uses the Nanum Gothic font © NAVER Corporation, under the SIL Open Font License 1.1.</translation>
        </message>
        <message>
            <source>Qt %1 · PySide6 %2 · pyqtgraph %3 · openpyxl %4</source>
            <translation>Qt %1 · PySide6 %2 · pyqtgraph %3 · openpyxl %4</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>not installed</translation>
        </message>
    </context>
    <context>
        <name>HistoryDock</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;empty&gt;</translation>
        </message>
        <message>
            <source>Undo history</source>
            <translation>Undo history</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <source>%1 rows read: %2 made cards, %3 only set a score or named a persona, %4 skipped.</source>
            <translation>%1 rows read: %2 made cards, %3 only set a score or named a persona, %4 skipped.</translation>
        </message>
        <message>
            <source>Created %1 stages and %2 lanes.</source>
            <translation>Created %1 stages and %2 lanes.</translation>
        </message>
        <message>
            <source>Details (in English, with the row of each):</source>
            <translation>Details (in English, with the row of each):</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Import summary</translation>
        </message>
        <message>
            <source>Imported %1 cards, %2 personas and %3 scores.</source>
            <translation>Imported %1 cards, %2 personas and %3 scores.</translation>
        </message>
        <message>
            <source>Nothing was skipped.</source>
            <translation>Nothing was skipped.</translation>
        </message>
    </context>
    <context>
        <name>InsightsDock</name>
        <message>
            <source>Insights</source>
            <translation>Insights</translation>
        </message>
        <message>
            <source>Insights appear here when this panel is shown.</source>
            <translation>Insights appear here when this panel is shown.</translation>
        </message>
    </context>
    <context>
        <name>InsightsFeature</name>
        <message>
            <source>In&amp;sights…</source>
            <translation>In&amp;sights…</translation>
        </message>
        <message>
            <source>Insights pane&amp;l</source>
            <translation>Insights pane&amp;l</translation>
        </message>
        <message>
            <source>Show every insight full size, ready to print</source>
            <translation>Show every insight full size, ready to print</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>Attainment</translation>
        </message>
        <message>
            <source>Average (as-is)</source>
            <translation>Average (as-is)</translation>
        </message>
        <message>
            <source>Average (to-be)</source>
            <translation>Average (to-be)</translation>
        </message>
        <message>
            <source>Big bet</source>
            <translation>Big bet</translation>
        </message>
        <message>
            <source>Big bet — high impact, high effort: plan and invest.</source>
            <translation>Big bet — high impact, high effort: plan and invest.</translation>
        </message>
        <message>
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <source>CX checklist: %1% (%2 of %3 answered)</source>
            <translation>CX checklist: %1% (%2 of %3 answered)</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Complaint types</source>
            <translation>Complaint types</translation>
        </message>
        <message>
            <source>Complaint — high expectation, low performance: respond fast, show empathy, personalise, find the root cause, and keep monitoring.</source>
            <translation>Complaint — high expectation, low performance: respond fast, show empathy, personalise, find the root cause, and keep monitoring.</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Delight</source>
            <translation>Delight</translation>
        </message>
        <message>
            <source>Delight — low expectation, high performance: a strength that delights; keep it and make it known.</source>
            <translation>Delight — low expectation, high performance: a strength that delights; keep it and make it known.</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Each cell: count (severity-weighted: low 1, medium 2, high 3)</source>
            <translation>Each cell: count (severity-weighted: low 1, medium 2, high 3)</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Emotions</translation>
        </message>
        <message>
            <source>Expectation</source>
            <translation>Expectation</translation>
        </message>
        <message>
            <source>Fill-in</source>
            <translation>Fill-in</translation>
        </message>
        <message>
            <source>Fill-in — low impact, low effort: do them when there is slack.</source>
            <translation>Fill-in — low impact, low effort: do them when there is slack.</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>Higher is better</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Indifference</source>
            <translation>Indifference</translation>
        </message>
        <message>
            <source>Indifference — low expectation, low performance: first check whether it matters to customers.</source>
            <translation>Indifference — low expectation, low performance: first check whether it matters to customers.</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPIs</translation>
        </message>
        <message>
            <source>Linked pain severity</source>
            <translation>Linked pain severity</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Lower is better</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Moment of truth (lowest)</source>
            <translation>Moment of truth (lowest)</translation>
        </message>
        <message>
            <source>Money pit</source>
            <translation>Money pit</translation>
        </message>
        <message>
            <source>Money pit — low impact, high effort: avoid or rethink.</source>
            <translation>Money pit — low impact, high effort: avoid or rethink.</translation>
        </message>
        <message>
            <source>No pain points yet.</source>
            <translation>No pain points yet.</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Opportunities</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Pain points</translation>
        </message>
        <message>
            <source>Performance</source>
            <translation>Performance</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Preferred channels (✓ offered by the journey, ✗ missing from it); · a channel only the journey offers.</source>
            <translation>Preferred channels (✓ offered by the journey, ✗ missing from it); · a channel only the journey offers.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Quick win</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Quick win — high impact, low effort: do these first.</source>
            <translation>Quick win — high impact, low effort: do these first.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Response time</source>
            <translation>Response time</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Satisfaction — high expectation, high performance: keep improving, as expectations keep rising.</source>
            <translation>Satisfaction — high expectation, high performance: keep improving, as expectations keep rising.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Stage · step</source>
            <translation>Stage · step</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>The stage that hurts most: %1</source>
            <translation>The stage that hurts most: %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Touchpoint</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Touchpoints</translation>
        </message>
        <message>
            <source>Uncategorised</source>
            <translation>Uncategorised</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>✓ offered</source>
            <translation>✓ offered</translation>
        </message>
        <message>
            <source>✗ missing</source>
            <translation>✗ missing</translation>
        </message>
    </context>
    <context>
        <name>InsightsWindow</name>
        <message>
            <source>Insights</source>
            <translation>Insights</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>%1 card</source>
            <translation>%1 card</translation>
        </message>
        <message>
            <source>%1 items selected</source>
            <translation>%1 items selected</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Emotion</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Lane</translation>
        </message>
        <message>
            <source>Map properties</source>
            <translation>Map properties</translation>
        </message>
        <message>
            <source>Select one item to edit its fields.</source>
            <translation>Select one item to edit its fields.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
    </context>
    <context>
        <name>LaneForm</name>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Korean</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add a line</source>
            <translation>Add a line</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Remove the selected line</source>
            <translation>Remove the selected line</translation>
        </message>
    </context>
    <context>
        <name>LiveAddress</name>
        <message>
            <source>A live address has no spaces: %1</source>
            <translation>A live address has no spaces: %1</translation>
        </message>
        <message>
            <source>A live address starts with ws:// or wss:// (this one does not): %1</source>
            <translation>A live address starts with ws:// or wss:// (this one does not): %1</translation>
        </message>
        <message>
            <source>Enter the address you were given, like ws://192.168.1.20:8765/live/…</source>
            <translation>Enter the address you were given, like ws://192.168.1.20:8765/live/…</translation>
        </message>
        <message>
            <source>This address has a port that is not a number: %1</source>
            <translation>This address has a port that is not a number: %1</translation>
        </message>
        <message>
            <source>This address names no computer to connect to: %1</source>
            <translation>This address names no computer to connect to: %1</translation>
        </message>
    </context>
    <context>
        <name>LiveBackend</name>
        <message>
            <source>Live co-editing is not available in this version yet.</source>
            <translation>Live co-editing is not available in this version yet.</translation>
        </message>
    </context>
    <context>
        <name>LiveJoin</name>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>&amp;Choose a file…</translation>
        </message>
        <message>
            <source>&amp;Join</source>
            <translation>&amp;Join</translation>
        </message>
        <message>
            <source>Address to join</source>
            <translation>Address to join</translation>
        </message>
        <message>
            <source>Connecting… the map opens in a new window as soon as it has arrived.</source>
            <translation>Connecting… the map opens in a new window as soon as it has arrived.</translation>
        </message>
        <message>
            <source>Join a map someone shares with File ▸ Share live…: it opens in a new window, and everyone's edits show as they are made.</source>
            <translation>Join a map someone shares with File ▸ Share live…: it opens in a new window, and everyone's edits show as they are made.</translation>
        </message>
        <message>
            <source>Join live</source>
            <translation>Join live</translation>
        </message>
        <message>
            <source>Journey maps (*.cjm.json)</source>
            <translation>Journey maps (*.cjm.json)</translation>
        </message>
        <message>
            <source>Keep the joined map as</source>
            <translation>Keep the joined map as</translation>
        </message>
        <message>
            <source>Keep the map in:</source>
            <translation>Keep the map in:</translation>
        </message>
        <message>
            <source>Not chosen yet: the map is kept in the recovery folder until you save it (File ▸ Save As…).</source>
            <translation>Not chosen yet: the map is kept in the recovery folder until you save it (File ▸ Save As…).</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <source>Your name, shown to the others</source>
            <translation>Your name, shown to the others</translation>
        </message>
    </context>
    <context>
        <name>LiveMenu</name>
        <message>
            <source>&amp;Join live…</source>
            <translation>&amp;Join live…</translation>
        </message>
        <message>
            <source>Open a map someone shares live, in a new window</source>
            <translation>Open a map someone shares live, in a new window</translation>
        </message>
        <message>
            <source>Others edit this map with you, live, from their own laptops</source>
            <translation>Others edit this map with you, live, from their own laptops</translation>
        </message>
        <message>
            <source>Share &amp;live…</source>
            <translation>Share &amp;live…</translation>
        </message>
    </context>
    <context>
        <name>LivePart</name>
        <message>
            <source>Could not join %1: %2</source>
            <translation>Could not join %1: %2</translation>
        </message>
        <message>
            <source>Live · %1 people</source>
            <translation>Live · %1 people</translation>
        </message>
        <message>
            <source>Live · 1 person</source>
            <translation>Live · 1 person</translation>
        </message>
        <message>
            <source>Live · connecting…</source>
            <translation>Live · connecting…</translation>
        </message>
        <message>
            <source>Nothing came from %1 within 10 seconds: the address may be wrong or no longer shared (ask for it again), or this computer cannot reach it. Nothing was opened.</source>
            <translation>Nothing came from %1 within 10 seconds: the address may be wrong or no longer shared (ask for it again), or this computer cannot reach it. Nothing was opened.</translation>
        </message>
        <message>
            <source>Offline — edits are kept and sent on reconnect</source>
            <translation>Offline — edits are kept and sent on reconnect</translation>
        </message>
        <message>
            <source>Share live</source>
            <translation>Share live</translation>
        </message>
        <message>
            <source>The connection to %1 ended before the map arrived.</source>
            <translation>The connection to %1 ended before the map arrived.</translation>
        </message>
        <message>
            <source>The joined map could not be written to %1: %2</source>
            <translation>The joined map could not be written to %1: %2</translation>
        </message>
        <message>
            <source>The map could not be shared on %1: %2</source>
            <translation>The map could not be shared on %1: %2</translation>
        </message>
    </context>
    <context>
        <name>LiveShare</name>
        <message>
            <source>%1 (this network)</source>
            <translation>%1 (this network)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Address to share on</source>
            <translation>Address to share on</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>Copy address</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Others connected: %1</source>
            <translation>Others connected: %1</translation>
        </message>
        <message>
            <source>People on the same network join from CJM Desktop with File ▸ Join live… and the address shown next. Everyone edits the same map; edits made offline are sent on reconnect.</source>
            <translation>People on the same network join from CJM Desktop with File ▸ Join live… and the address shown next. Everyone edits the same map; edits made offline are sent on reconnect.</translation>
        </message>
        <message>
            <source>Start sharing</source>
            <translation>Start sharing</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Stop sharing</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Sync server</source>
            <translation>Sync server</translation>
        </message>
        <message>
            <source>The map is shared through your team's sync server (set in Preferences), not from this laptop. Anyone who can reach the server can join with the address shown next.</source>
            <translation>The map is shared through your team's sync server (set in Preferences), not from this laptop. Anyone who can reach the server can join with the address shown next.</translation>
        </message>
        <message>
            <source>This computer only (a test)</source>
            <translation>This computer only (a test)</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Your &amp;name</translation>
        </message>
    </context>
    <context>
        <name>MainToolBar</name>
        <message>
            <source>Add a card: %1</source>
            <translation>Add a card: %1</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Export the map (Excel, PDF, PNG, SVG, CSV, Mermaid)</source>
            <translation>Export the map (Excel, PDF, PNG, SVG, CSV, Mermaid)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%1 cards</source>
            <translation>%1 cards</translation>
        </message>
        <message>
            <source>%1 lanes</source>
            <translation>%1 lanes</translation>
        </message>
        <message>
            <source>%1 personas</source>
            <translation>%1 personas</translation>
        </message>
        <message>
            <source>%1 stages</source>
            <translation>%1 stages</translation>
        </message>
        <message>
            <source>%1[*] — CJM Desktop</source>
            <translation>%1[*] — CJM Desktop</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Insert</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>&amp;Map</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>1 card</source>
            <translation>1 card</translation>
        </message>
        <message>
            <source>1 lane</source>
            <translation>1 lane</translation>
        </message>
        <message>
            <source>1 persona</source>
            <translation>1 persona</translation>
        </message>
        <message>
            <source>1 stage</source>
            <translation>1 stage</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>CX health checklist</source>
            <translation>CX health checklist</translation>
        </message>
        <message>
            <source>Content language</source>
            <translation>Content language</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Korean</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Review date</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>e.g. v1.2</source>
            <translation>e.g. v1.2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>All from the other copy</source>
            <translation>All from the other copy</translation>
        </message>
        <message>
            <source>All from this map</source>
            <translation>All from this map</translation>
        </message>
        <message>
            <source>Both copies changed these things differently. Everything else is merged already. Choose which version to keep for each; the merge is one step you can undo.</source>
            <translation>Both copies changed these things differently. Everything else is merged already. Choose which version to keep for each; the merge is one step you can undo.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Merge: decide the conflicts</source>
            <translation>Merge: decide the conflicts</translation>
        </message>
        <message>
            <source>The other copy's</source>
            <translation>The other copy's</translation>
        </message>
        <message>
            <source>This map</source>
            <translation>This map</translation>
        </message>
        <message>
            <source>This map's</source>
            <translation>This map's</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>kept (changed)</source>
            <translation>kept (changed)</translation>
        </message>
        <message>
            <source>kept, with what was added in it (%1)</source>
            <translation>kept, with what was added in it (%1)</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Card palette</source>
            <translation>Card palette</translation>
        </message>
        <message>
            <source>Drag a kind onto the map, or double-click it to add a card to the current cell</source>
            <translation>Drag a kind onto the map, or double-click it to add a card to the current cell</translation>
        </message>
    </context>
    <context>
        <name>PersonaForm</name>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>Age group</translation>
        </message>
        <message>
            <source>Bio</source>
            <translation>Bio</translation>
        </message>
        <message>
            <source>Cannot use this photo</source>
            <translation>Cannot use this photo</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Choose a photo</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Choose photo…</translation>
        </message>
        <message>
            <source>Drop a PNG, JPEG or WebP image here</source>
            <translation>Drop a PNG, JPEG or WebP image here</translation>
        </message>
        <message>
            <source>Empathy map</source>
            <translation>Empathy map</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Goals and needs</source>
            <translation>Goals and needs</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>Images (%1)</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Income</translation>
        </message>
        <message>
            <source>Information sources</source>
            <translation>Information sources</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Long-term goals</source>
            <translation>Long-term goals</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Needs</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>Persona colour</source>
            <translation>Persona colour</translation>
        </message>
        <message>
            <source>Persona name</source>
            <translation>Persona name</translation>
        </message>
        <message>
            <source>Personality and behaviour</source>
            <translation>Personality and behaviour</translation>
        </message>
        <message>
            <source>Preferred channels</source>
            <translation>Preferred channels</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Purchase pattern</source>
            <translation>Purchase pattern</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Remove photo</translation>
        </message>
        <message>
            <source>Rural</source>
            <translation>Rural</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Short-term goals</source>
            <translation>Short-term goals</translation>
        </message>
        <message>
            <source>Urban</source>
            <translation>Urban</translation>
        </message>
        <message>
            <source>Urban / rural</source>
            <translation>Urban / rural</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Values</translation>
        </message>
        <message>
            <source>Wishes</source>
            <translation>Wishes</translation>
        </message>
    </context>
    <context>
        <name>PersonaPanel</name>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>Add a persona</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete persona</source>
            <translation>Delete persona</translation>
        </message>
        <message>
            <source>Delete the active persona</source>
            <translation>Delete the active persona</translation>
        </message>
        <message>
            <source>Delete the persona “%1”?</source>
            <translation>Delete the persona “%1”?</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Duplicate the active persona</source>
            <translation>Duplicate the active persona</translation>
        </message>
        <message>
            <source>Its %1 emotion scores on the curve are deleted with it. You can undo this.</source>
            <translation>Its %1 emotion scores on the curve are deleted with it. You can undo this.</translation>
        </message>
        <message>
            <source>Its emotion score on the curve is deleted with it. You can undo this.</source>
            <translation>Its emotion score on the curve is deleted with it. You can undo this.</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Move the persona down</source>
            <translation>Move the persona down</translation>
        </message>
        <message>
            <source>Move the persona up</source>
            <translation>Move the persona up</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
    </context>
    <context>
        <name>Photo</name>
        <message>
            <source>%1 is %2 × %3 pixels; a photo may be at most 10,000 pixels a side.</source>
            <translation>%1 is %2 × %3 pixels; a photo may be at most 10,000 pixels a side.</translation>
        </message>
        <message>
            <source>%1 is a %2 image. Use a PNG, JPEG, WebP, BMP or GIF file.</source>
            <translation>%1 is a %2 image. Use a PNG, JPEG, WebP, BMP or GIF file.</translation>
        </message>
        <message>
            <source>%1 is damaged or incomplete and cannot be read (%2).</source>
            <translation>%1 is damaged or incomplete and cannot be read (%2).</translation>
        </message>
        <message>
            <source>%1 is not a picture that can be read. Use a PNG, JPEG, WebP, BMP or GIF file.</source>
            <translation>%1 is not a picture that can be read. Use a PNG, JPEG, WebP, BMP or GIF file.</translation>
        </message>
        <message>
            <source>%1 is too large (%2 MB). A photo may be at most 20 MB.</source>
            <translation>%1 is too large (%2 MB). A photo may be at most 20 MB.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>The image</source>
            <translation>The image</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>it is not a regular file</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>&amp;Autosave after:</source>
            <translation>&amp;Autosave after:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Recent files to remember:</source>
            <translation>&amp;Recent files to remember:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Theme:</translation>
        </message>
        <message>
            <source>A new interface language applies when CJM Desktop starts again. Maps keep the language they are written in.</source>
            <translation>A new interface language applies when CJM Desktop starts again. Maps keep the language they are written in.</translation>
        </message>
        <message>
            <source>Autosave delay in seconds</source>
            <translation>Autosave delay in seconds</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Default &amp;card width:</source>
            <translation>Default &amp;card width:</translation>
        </message>
        <message>
            <source>Default &amp;template:</source>
            <translation>Default &amp;template:</translation>
        </message>
        <message>
            <source>Default card width</source>
            <translation>Default card width</translation>
        </message>
        <message>
            <source>Default template</source>
            <translation>Default template</translation>
        </message>
        <message>
            <source>Empty: Share live hosts on this laptop</source>
            <translation>Empty: Share live hosts on this laptop</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Interface &amp;font size:</source>
            <translation>Interface &amp;font size:</translation>
        </message>
        <message>
            <source>Interface font size</source>
            <translation>Interface font size</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Number of recent files</source>
            <translation>Number of recent files</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>Pr&amp;eferences…</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Presentation te&amp;xt size:</source>
            <translation>Presentation te&amp;xt size:</translation>
        </message>
        <message>
            <source>S&amp;ync server:</source>
            <translation>S&amp;ync server:</translation>
        </message>
        <message>
            <source>Signs your comments</source>
            <translation>Signs your comments</translation>
        </message>
        <message>
            <source>Sync server address for live co-editing</source>
            <translation>Sync server address for live co-editing</translation>
        </message>
        <message>
            <source>Text size of the workshop presentation</source>
            <translation>Text size of the workshop presentation</translation>
        </message>
        <message>
            <source>The new interface language applies after a restart.</source>
            <translation>The new interface language applies after a restart.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <source>Your name, shown on your comments</source>
            <translation>Your name, shown on your comments</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>Could not add the card</source>
            <translation>Could not add the card</translation>
        </message>
        <message>
            <source>Enter: add a card · ←/→: stage · ↑/↓: lane · T: timer · B: blank · Esc: leave</source>
            <translation>Enter: add a card · ←/→: stage · ↑/↓: lane · T: timer · B: blank · Esc: leave</translation>
        </message>
        <message>
            <source>Enter: add · Shift+Enter: new line · Tab: next lane · Esc: close</source>
            <translation>Enter: add · Shift+Enter: new line · Tab: next lane · Esc: close</translation>
        </message>
        <message>
            <source>Presentation — CJM Desktop</source>
            <translation>Presentation — CJM Desktop</translation>
        </message>
        <message>
            <source>Stage %1 of %2: %3</source>
            <translation>Stage %1 of %2: %3</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Page &amp;order:</source>
            <translation>Page &amp;order:</translation>
        </message>
        <message>
            <source>Pages &amp;per sheet:</source>
            <translation>Pages &amp;per sheet:</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Page &amp;Set:</source>
            <translation>Page &amp;Set:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Discard</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>&amp;Discard…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Autosaved</source>
            <translation>Autosaved</translation>
        </message>
        <message>
            <source>CJM Desktop was closed unexpectedly. These maps had unsaved changes. Restore a map to continue where you left off, or discard it.</source>
            <translation>CJM Desktop was closed unexpectedly. These maps had unsaved changes. Restore a map to continue where you left off, or discard it.</translation>
        </message>
        <message>
            <source>Could not discard the map</source>
            <translation>Could not discard the map</translation>
        </message>
        <message>
            <source>Could not restore the map</source>
            <translation>Could not restore the map</translation>
        </message>
        <message>
            <source>Discard unsaved changes?</source>
            <translation>Discard unsaved changes?</translation>
        </message>
        <message>
            <source>Discarded %1</source>
            <translation>Discarded %1</translation>
        </message>
        <message>
            <source>Keep the copies and ask again at the next start</source>
            <translation>Keep the copies and ask again at the next start</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Maps with unsaved changes left by an editor that was closed unexpectedly, and maps discarded in the last %1 days. Restore one to open it as an unsaved map.</source>
            <translation>Maps with unsaved changes left by an editor that was closed unexpectedly, and maps discarded in the last %1 days. Restore one to open it as an unsaved map.</translation>
        </message>
        <message>
            <source>Move the selected maps to the trash (kept for %1 days; File ▸ Recover… brings them back)</source>
            <translation>Move the selected maps to the trash (kept for %1 days; File ▸ Recover… brings them back)</translation>
        </message>
        <message>
            <source>Original file</source>
            <translation>Original file</translation>
        </message>
        <message>
            <source>Recover unsaved maps</source>
            <translation>Recover unsaved maps</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The unsaved changes of %1 maps will be deleted.</source>
            <translation>The unsaved changes of %1 maps will be deleted.</translation>
        </message>
        <message>
            <source>The unsaved changes of 1 map will be deleted.</source>
            <translation>The unsaved changes of 1 map will be deleted.</translation>
        </message>
        <message>
            <source>There is nothing to recover.</source>
            <translation>There is nothing to recover.</translation>
        </message>
        <message>
            <source>They stay in the trash for %1 days: File ▸ Recover… brings them back.</source>
            <translation>They stay in the trash for %1 days: File ▸ Recover… brings them back.</translation>
        </message>
        <message>
            <source>Unsaved after a crash</source>
            <translation>Unsaved after a crash</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Untitled map</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>never saved</translation>
        </message>
        <message>
            <source>“%1” stays in the recovery folder: %2</source>
            <translation>“%1” stays in the recovery folder: %2</translation>
        </message>
    </context>
    <context>
        <name>Reliability</name>
        <message>
            <source>Autosave failed: %1</source>
            <translation>Autosave failed: %1</translation>
        </message>
        <message>
            <source>Autosaved %1</source>
            <translation>Autosaved %1</translation>
        </message>
        <message>
            <source>Could not reload the map</source>
            <translation>Could not reload the map</translation>
        </message>
        <message>
            <source>File on disk</source>
            <translation>File on disk</translation>
        </message>
        <message>
            <source>Reco&amp;ver…</source>
            <translation>Reco&amp;ver…</translation>
        </message>
        <message>
            <source>Reload replaces your unsaved changes with the file's content; Keep mine keeps editing your version.</source>
            <translation>Reload replaces your unsaved changes with the file's content; Keep mine keeps editing your version.</translation>
        </message>
        <message>
            <source>Restore a map left unsaved by a crash, or one discarded in the last %1 days</source>
            <translation>Restore a map left unsaved by a crash, or one discarded in the last %1 days</translation>
        </message>
        <message>
            <source>“%1” is already open in another CJM Desktop (process %2). Saving in both places overwrites one with the other.</source>
            <translation>“%1” is already open in another CJM Desktop (process %2). Saving in both places overwrites one with the other.</translation>
        </message>
        <message>
            <source>“%1” is also open in another window. Saving in both places overwrites one with the other.</source>
            <translation>“%1” is also open in another window. Saving in both places overwrites one with the other.</translation>
        </message>
        <message>
            <source>“%1” was changed by another program.</source>
            <translation>“%1” was changed by another program.</translation>
        </message>
        <message>
            <source>“%1” was deleted or moved by another program. Your map is still open here: save it to keep it.</source>
            <translation>“%1” was deleted or moved by another program. Your map is still open here: save it to keep it.</translation>
        </message>
    </context>
    <context>
        <name>ReviewBanner</name>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source>Dismiss the review reminder</source>
            <translation>Dismiss the review reminder</translation>
        </message>
        <message>
            <source>Map properties…</source>
            <translation>Map properties…</translation>
        </message>
    </context>
    <context>
        <name>ReviewReminder</name>
        <message>
            <source>Review reminder</source>
            <translation>Review reminder</translation>
        </message>
        <message>
            <source>This map is due for review (review date %1).</source>
            <translation>This map is due for review (review date %1).</translation>
        </message>
    </context>
    <context>
        <name>RoomInbox</name>
        <message>
            <source>%1 notes waiting</source>
            <translation>%1 notes waiting</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>Accept all</translation>
        </message>
        <message>
            <source>Choose a note to edit it before accepting</source>
            <translation>Choose a note to edit it before accepting</translation>
        </message>
        <message>
            <source>No notes waiting</source>
            <translation>No notes waiting</translation>
        </message>
        <message>
            <source>Participants' notes</source>
            <translation>Participants' notes</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonymous</translation>
        </message>
    </context>
    <context>
        <name>RoomInvite</name>
        <message>
            <source>Checking that the address can be reached…</source>
            <translation>Checking that the address can be reached…</translation>
        </message>
        <message>
            <source>Invite participants</source>
            <translation>Invite participants</translation>
        </message>
        <message>
            <source>Moderate: notes wait in an inbox for me to accept</source>
            <translation>Moderate: notes wait in an inbox for me to accept</translation>
        </message>
        <message>
            <source>Participants connected: %1</source>
            <translation>Participants connected: %1</translation>
        </message>
        <message>
            <source>Phones may not reach this laptop. Try: allow CJM Desktop in the firewall for private networks; or a phone's hotspot for the room; or this laptop's own hotspot. A venue network that keeps its clients apart blocks the room.</source>
            <translation>Phones may not reach this laptop. Try: allow CJM Desktop in the firewall for private networks; or a phone's hotspot for the room; or this laptop's own hotspot. A venue network that keeps its clients apart blocks the room.</translation>
        </message>
        <message>
            <source>Private until reveal: notes are counted, their text is hidden until I reveal them</source>
            <translation>Private until reveal: notes are counted, their text is hidden until I reveal them</translation>
        </message>
        <message>
            <source>Reveal the notes</source>
            <translation>Reveal the notes</translation>
        </message>
        <message>
            <source>Start the room</source>
            <translation>Start the room</translation>
        </message>
        <message>
            <source>Stop the room</source>
            <translation>Stop the room</translation>
        </message>
        <message>
            <source>The page answers at this address. If phones on the same Wi-Fi still cannot open it: %1</source>
            <translation>The page answers at this address. If phones on the same Wi-Fi still cannot open it: %1</translation>
        </message>
        <message>
            <source>The room works on this computer only (a demo): phones cannot join. Choose a network address to invite them.</source>
            <translation>The room works on this computer only (a demo): phones cannot join. Choose a network address to invite them.</translation>
        </message>
        <message>
            <source>This computer only (a demo)</source>
            <translation>This computer only (a demo)</translation>
        </message>
    </context>
    <context>
        <name>RoomModes</name>
        <message>
            <source>%1 — %2 dots left</source>
            <translation>%1 — %2 dots left</translation>
        </message>
        <message>
            <source>(counts hidden until the reveal)</source>
            <translation>(counts hidden until the reveal)</translation>
        </message>
        <message>
            <source>(no persona)</source>
            <translation>(no persona)</translation>
        </message>
        <message>
            <source>1–5: score −2…+2 · ↑/↓: up/down · Tab: next persona · ←/→: stage</source>
            <translation>1–5: score −2…+2 · ↑/↓: up/down · Tab: next persona · ←/→: stage</translation>
        </message>
        <message>
            <source>No dot of yours on this card</source>
            <translation>No dot of yours on this card</translation>
        </message>
        <message>
            <source>No dots left</source>
            <translation>No dots left</translation>
        </message>
        <message>
            <source>Not a participant of this vote</source>
            <translation>Not a participant of this vote</translation>
        </message>
        <message>
            <source>Only one dot per card</source>
            <translation>Only one dot per card</translation>
        </message>
        <message>
            <source>Results: %1</source>
            <translation>Results: %1</translation>
        </message>
        <message>
            <source>Space/click: dot · Backspace: take back · Tab: next person · R: reveal · Enter: finish</source>
            <translation>Space/click: dot · Backspace: take back · Tab: next person · R: reveal · Enter: finish</translation>
        </message>
        <message>
            <source>This card is not part of the vote</source>
            <translation>This card is not part of the vote</translation>
        </message>
        <message>
            <source>Voting is closed</source>
            <translation>Voting is closed</translation>
        </message>
        <message>
            <source>no dots</source>
            <translation>no dots</translation>
        </message>
    </context>
    <context>
        <name>RoomPart</name>
        <message>
            <source>%1 joined</source>
            <translation>%1 joined</translation>
        </message>
        <message>
            <source>%1 notes hidden</source>
            <translation>%1 notes hidden</translation>
        </message>
        <message>
            <source>The room could not start on %1: %2</source>
            <translation>The room could not start on %1: %2</translation>
        </message>
    </context>
    <context>
        <name>RoomSession</name>
        <message>
            <source>Phone %1</source>
            <translation>Phone %1</translation>
        </message>
        <message>
            <source>Reveal participants' notes</source>
            <translation>Reveal participants' notes</translation>
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>Add a step</source>
            <translation>Add a step</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Customer goal</source>
            <translation>Customer goal</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Desired experience</source>
            <translation>Desired experience</translation>
        </message>
        <message>
            <source>Move the step earlier</source>
            <translation>Move the step earlier</translation>
        </message>
        <message>
            <source>Move the step later</source>
            <translation>Move the step later</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Remove the step</source>
            <translation>Remove the step</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>Rename step</translation>
        </message>
        <message>
            <source>Rename the step</source>
            <translation>Rename the step</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
    </context>
    <context>
        <name>StepForm</name>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
    </context>
    <context>
        <name>StructureMenus</name>
        <message>
            <source>&amp;Card</source>
            <translation>&amp;Card</translation>
        </message>
        <message>
            <source>&amp;Delete stage</source>
            <translation>&amp;Delete stage</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>&amp;Lane</translation>
        </message>
        <message>
            <source>&amp;Rename stage…</source>
            <translation>&amp;Rename stage…</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Stage</translation>
        </message>
        <message>
            <source>Add &amp;lane</source>
            <translation>Add &amp;lane</translation>
        </message>
        <message>
            <source>Add &amp;stage</source>
            <translation>Add &amp;stage</translation>
        </message>
        <message>
            <source>Card of &amp;kind</source>
            <translation>Card of &amp;kind</translation>
        </message>
        <message>
            <source>Delete l&amp;ane</source>
            <translation>Delete l&amp;ane</translation>
        </message>
        <message>
            <source>Lane title:</source>
            <translation>Lane title:</translation>
        </message>
        <message>
            <source>Map &amp;properties…</source>
            <translation>Map &amp;properties…</translation>
        </message>
        <message>
            <source>Map properties</source>
            <translation>Map properties</translation>
        </message>
        <message>
            <source>Re&amp;name lane…</source>
            <translation>Re&amp;name lane…</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>S&amp;tep</translation>
        </message>
        <message>
            <source>Select a lane or a card first.</source>
            <translation>Select a lane or a card first.</translation>
        </message>
        <message>
            <source>Select a stage or a card first.</source>
            <translation>Select a stage or a card first.</translation>
        </message>
        <message>
            <source>Stage &amp;colour…</source>
            <translation>Stage &amp;colour…</translation>
        </message>
        <message>
            <source>Stage name:</source>
            <translation>Stage name:</translation>
        </message>
    </context>
    <context>
        <name>TemplateChooser</name>
        <message>
            <source>Content language:</source>
            <translation>Content language:</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Korean</translation>
        </message>
        <message>
            <source>New map</source>
            <translation>New map</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Template:</translation>
        </message>
    </context>
    <context>
        <name>TwoCopiesPart</name>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Merge…</translation>
        </message>
        <message>
            <source>Cannot read this file</source>
            <translation>Cannot read this file</translation>
        </message>
        <message>
            <source>Com&amp;pare with…</source>
            <translation>Com&amp;pare with…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Compare this map with</source>
            <translation>Compare this map with</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Import chan&amp;ges from workbook…</source>
            <translation>Import chan&amp;ges from workbook…</translation>
        </message>
        <message>
            <source>Import changes from workbook</source>
            <translation>Import changes from workbook</translation>
        </message>
        <message>
            <source>Journey maps (%1)</source>
            <translation>Journey maps (%1)</translation>
        </message>
        <message>
            <source>Merge %1</source>
            <translation>Merge %1</translation>
        </message>
        <message>
            <source>Merge: the other copy</source>
            <translation>Merge: the other copy</translation>
        </message>
        <message>
            <source>Merge: the version both copies started from</source>
            <translation>Merge: the version both copies started from</translation>
        </message>
        <message>
            <source>Merged from the map the live session started with (%1).</source>
            <translation>Merged from the map the live session started with (%1).</translation>
        </message>
        <message>
            <source>Nothing to merge: the other copy adds no change.</source>
            <translation>Nothing to merge: the other copy adds no change.</translation>
        </message>
    </context>
    <context>
        <name>VoteDialog</name>
        <message>
            <source>A person may put several dots on one card</source>
            <translation>A person may put several dots on one card</translation>
        </message>
        <message>
            <source>Cards to vote on</source>
            <translation>Cards to vote on</translation>
        </message>
        <message>
            <source>Dot vote</source>
            <translation>Dot vote</translation>
        </message>
        <message>
            <source>Dots per participant</source>
            <translation>Dots per participant</translation>
        </message>
        <message>
            <source>Hide the counts until the reveal</source>
            <translation>Hide the counts until the reveal</translation>
        </message>
        <message>
            <source>Name at least one participant.</source>
            <translation>Name at least one participant.</translation>
        </message>
        <message>
            <source>Participant %1</source>
            <translation>Participant %1</translation>
        </message>
        <message>
            <source>Participants (one a line)</source>
            <translation>Participants (one a line)</translation>
        </message>
        <message>
            <source>Start voting</source>
            <translation>Start voting</translation>
        </message>
        <message>
            <source>The focused lane</source>
            <translation>The focused lane</translation>
        </message>
        <message>
            <source>The focused stage</source>
            <translation>The focused stage</translation>
        </message>
        <message>
            <source>The whole map</source>
            <translation>The whole map</translation>
        </message>
        <message>
            <source>Two participants have the same name.</source>
            <translation>Two participants have the same name.</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>&amp;Create map</source>
            <translation>&amp;Create map</translation>
        </message>
        <message>
            <source>&amp;Open a file…</source>
            <translation>&amp;Open a file…</translation>
        </message>
        <message>
            <source>&amp;Recent maps</source>
            <translation>&amp;Recent maps</translation>
        </message>
        <message>
            <source>&amp;Templates</source>
            <translation>&amp;Templates</translation>
        </message>
        <message>
            <source>&amp;Welcome…</source>
            <translation>&amp;Welcome…</translation>
        </message>
        <message>
            <source>Language of the map's content</source>
            <translation>Language of the map's content</translation>
        </message>
        <message>
            <source>Map &amp;language:</source>
            <translation>Map &amp;language:</translation>
        </message>
        <message>
            <source>No recent maps yet</source>
            <translation>No recent maps yet</translation>
        </message>
        <message>
            <source>Open the &amp;sample map</source>
            <translation>Open the &amp;sample map</translation>
        </message>
        <message>
            <source>Recent maps</source>
            <translation>Recent maps</translation>
        </message>
        <message>
            <source>Start a new journey map from a template, or open one you have.</source>
            <translation>Start a new journey map from a template, or open one you have.</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <source>Welcome to CJM Desktop</source>
            <translation>Welcome to CJM Desktop</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Presenting a journey map</source>
            <translation>Presenting a journey map</translation>
        </message>
        <message>
            <source>Timer %1</source>
            <translation>Timer %1</translation>
        </message>
        <message>
            <source>Timer %1 (paused)</source>
            <translation>Timer %1 (paused)</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEdits</name>
        <message>
            <source>Record dot vote</source>
            <translation>Record dot vote</translation>
        </message>
        <message>
            <source>Set workshop plan</source>
            <translation>Set workshop plan</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEnd</name>
        <message>
            <source>Could not write the workshop files into %1: %2</source>
            <translation>Could not write the workshop files into %1: %2</translation>
        </message>
        <message>
            <source>End workshop</source>
            <translation>End workshop</translation>
        </message>
        <message>
            <source>End workshop: save into</source>
            <translation>End workshop: save into</translation>
        </message>
        <message>
            <source>Wrote the map, the workbook, a PDF and the summary into %1.</source>
            <translation>Wrote the map, the workbook, a PDF and the summary into %1.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopMenu</name>
        <message>
            <source>&amp;Dot vote…</source>
            <translation>&amp;Dot vote…</translation>
        </message>
        <message>
            <source>&amp;End workshop…</source>
            <translation>&amp;End workshop…</translation>
        </message>
        <message>
            <source>&amp;Invite participants…</source>
            <translation>&amp;Invite participants…</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>&amp;Present</translation>
        </message>
        <message>
            <source>&amp;Score emotions</source>
            <translation>&amp;Score emotions</translation>
        </message>
        <message>
            <source>&amp;Timer…</source>
            <translation>&amp;Timer…</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>A countdown for the room, shown on the presentation</source>
            <translation>A countdown for the room, shown on the presentation</translation>
        </message>
        <message>
            <source>Main tool bar</source>
            <translation>Main tool bar</translation>
        </message>
        <message>
            <source>Participants join from their phones over this network and send notes</source>
            <translation>Participants join from their phones over this network and send notes</translation>
        </message>
        <message>
            <source>Participants put dots on cards; reveal ranks them</source>
            <translation>Participants put dots on cards; reveal ranks them</translation>
        </message>
        <message>
            <source>Run the map's plan: %1</source>
            <translation>Run the map's plan: %1</translation>
        </message>
        <message>
            <source>Set the focused stage's emotion with 1–5 on the presentation</source>
            <translation>Set the focused stage's emotion with 1–5 on the presentation</translation>
        </message>
        <message>
            <source>Show the map full screen for the room, one stage at a time</source>
            <translation>Show the map full screen for the room, one stage at a time</translation>
        </message>
        <message>
            <source>Workshop p&amp;lan</source>
            <translation>Workshop p&amp;lan</translation>
        </message>
        <message>
            <source>Write the map, workbook, PDF and a summary page into a folder</source>
            <translation>Write the map, workbook, PDF and a summary page into a folder</translation>
        </message>
    </context>
    <context>
        <name>WorkshopTimer</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>&amp;Custom time:</source>
            <translation>&amp;Custom time:</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Reset</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>+&amp;1 min</source>
            <translation>+&amp;1 min</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Key %1</source>
            <translation>Key %1</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>Res&amp;ume</translation>
        </message>
        <message>
            <source>S&amp;et</source>
            <translation>S&amp;et</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
    </context>
    <context>
        <name>self.form</name>
        <message>
            <source>Choose a colour</source>
            <translation>Choose a colour</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>&amp;Actual Size (100 %)</source>
            <translation>&amp;Actual Size (100 %)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>&amp;Fit Map</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>&amp;Personas</source>
            <translation>&amp;Personas</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>Dup&amp;licate</source>
            <translation>Dup&amp;licate</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Find / Filter &amp;Bar</source>
            <translation>Find / Filter &amp;Bar</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Select &amp;All</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
    </context>
</TS>
