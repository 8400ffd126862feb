<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
    <context>
        <name>App</name>
        <message>
            <source>Could not open the map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardForm</name>
        <message>
            <source>Actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaint types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expectation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Linked pain points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online / offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Performance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Root cause: 5 Whys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction (CSAT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why? (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma, separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. %, min, count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 2 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Docks</name>
        <message>
            <source>Add a stage and a lane first: the map has no cell for cards.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>%1 (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit map properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmotionCurve</name>
        <message>
            <source>&amp;Emotion curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not export the emotion curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion curve as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion curve as SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the emotion curve as PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the emotion curve as SVG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the emotion curve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmotionDialog</name>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note or quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score (as-is)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score (to-be)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— no score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmotionForm</name>
        <message>
            <source>Feeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note or quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score (as-is)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score (to-be)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no score</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmotionPlot</name>
        <message>
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As-is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To-be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To-be (dashed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◯ moment of truth (lowest point)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Empathy</name>
        <message>
            <source>Does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thinks</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmpathyEditor</name>
        <message>
            <source>One item per line</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey maps (*.cjm.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey maps (*.cjm.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save map as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map could not be written to %1: %2. Your changes are still open; try another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journey-map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” has unsaved changes. Save them before continuing?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;About CJM Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;CJM Desktop %1&lt;/h3&gt;&lt;p&gt;An offline editor for customer journey maps.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About CJM Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Korean text uses the Nanum Gothic font © NAVER Corporation, under the SIL Open Font License 1.1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt %1 · PySide6 %2 · pyqtgraph %3 · openpyxl %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not installed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryDock</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo history</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>%1 card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 items selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select one item to edit its fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LaneForm</name>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Korean</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add a line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected line</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%1 stages · %2 lanes · %3 cards · %4 personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1[*] — CJM Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message>
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CX health checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Korean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. v1.2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Card palette</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a kind onto the map, or double-click it to add a card to the current cell</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonaForm</name>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot change the persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot use this photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose photo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop a PNG, JPEG or WebP image here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empathy map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals and needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Income</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Information sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Long-term goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Occupation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personality and behaviour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase pattern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rural</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short-term goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urban</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urban / rural</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wishes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonaPanel</name>
        <message>
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the active persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the persona “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate the active persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its %1 emotion scores on the curve are deleted with it. You can undo this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the persona down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the persona up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Photo</name>
        <message>
            <source>%1 is %2 × %3 pixels; a photo may be at most 10,000 pixels a side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a %2 image. Use a PNG, JPEG or WebP file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is damaged or incomplete and cannot be read (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not an image Qt can read. Use a PNG, JPEG or WebP file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is too large (%2 MB). A photo may be at most 20 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autosaved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CJM Desktop was closed unexpectedly. These maps had unsaved changes. Restore a map to continue where you left off, or discard it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not restore the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the copies and ask again at the next start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recover unsaved maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>Add a step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desired experience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the step earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the step later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepForm</name>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StructureMenus</name>
        <message>
            <source>&amp;Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename stage…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card of &amp;kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete l&amp;ane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map &amp;properties…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;name lane…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a lane or a card first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a stage or a card first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage &amp;colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This change is not possible</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateChooser</name>
        <message>
            <source>Content language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Korean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>self.form</name>
        <message>
            <source>Choose a colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>&amp;Personas</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
