<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Journey map canvas</source>
            <translation>여정 지도 캔버스</translation>
        </message>
        <message>
            <source>Map size</source>
            <translation>지도 크기</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>메뉴 막대</translation>
        </message>
        <message>
            <source>Save state</source>
            <translation>저장 상태</translation>
        </message>
        <message>
            <source>Stages are columns and lanes are rows; arrow keys move between cards, Tab between cells, F2 edits the selected card.</source>
            <translation>단계는 열, 레인은 행입니다. 화살표 키로 카드 사이를, Tab 키로 칸 사이를 이동하고 F2 키로 선택한 카드를 편집합니다.</translation>
        </message>
        <message>
            <source>Status bar</source>
            <translation>상태 표시줄</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>확대/축소</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Could not open the map</source>
            <translation>지도를 열 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>Add card here</source>
            <translation>여기에 카드 추가</translation>
        </message>
        <message>
            <source>Add lane below</source>
            <translation>아래에 레인 추가</translation>
        </message>
        <message>
            <source>Add stage after</source>
            <translation>뒤에 단계 추가</translation>
        </message>
        <message>
            <source>Add stage before</source>
            <translation>앞에 단계 추가</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>세부 단계 추가</translation>
        </message>
        <message>
            <source>Add step after</source>
            <translation>뒤에 세부 단계 추가</translation>
        </message>
        <message>
            <source>Change colour…</source>
            <translation>색 바꾸기…</translation>
        </message>
        <message>
            <source>Clear emotion</source>
            <translation>감정 지우기</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>잘라내기</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>레인 삭제</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>단계 삭제</translation>
        </message>
        <message>
            <source>Delete step</source>
            <translation>세부 단계 삭제</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>복제</translation>
        </message>
        <message>
            <source>Edit text</source>
            <translation>텍스트 편집</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>붙여넣기</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>레인 이름 바꾸기</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>단계 이름 바꾸기</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>세부 단계 이름 바꾸기</translation>
        </message>
        <message>
            <source>Stage colour</source>
            <translation>단계 색</translation>
        </message>
    </context>
    <context>
        <name>CardForm</name>
        <message>
            <source>Actual</source>
            <translation>실적</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>범주</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>채널</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>색</translation>
        </message>
        <message>
            <source>Complaint types</source>
            <translation>불만 유형</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>불만 건수</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>방향</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>노력</translation>
        </message>
        <message>
            <source>Expectation</source>
            <translation>기대</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>효과</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>지표</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Kind colour</source>
            <translation>종류 기본색</translation>
        </message>
        <message>
            <source>Linked pain points</source>
            <translation>연결된 고충점</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>지표</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>메모</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>오프라인</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>온라인</translation>
        </message>
        <message>
            <source>Online / offline</source>
            <translation>온라인 / 오프라인</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>개선 기회</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Pain point</source>
            <translation>고충점</translation>
        </message>
        <message>
            <source>Performance</source>
            <translation>성과</translation>
        </message>
        <message>
            <source>Response time</source>
            <translation>응답 시간</translation>
        </message>
        <message>
            <source>Root cause: 5 Whys</source>
            <translation>근본 원인: 5 Whys</translation>
        </message>
        <message>
            <source>Satisfaction (CSAT)</source>
            <translation>만족도 (CSAT)</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>범위</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>심각도</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>담당 팀</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>접점</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>단위</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>투표</translation>
        </message>
        <message>
            <source>Why? (%1)</source>
            <translation>왜? (%1)</translation>
        </message>
        <message>
            <source>comma, separated</source>
            <translation>쉼표로 구분</translation>
        </message>
        <message>
            <source>e.g. %, min, count</source>
            <translation>예: %, 분, 건</translation>
        </message>
        <message>
            <source>e.g. 2 hours</source>
            <translation>예: 2시간</translation>
        </message>
        <message>
            <source>none</source>
            <translation>없음</translation>
        </message>
    </context>
    <context>
        <name>CommentThread</name>
        <message>
            <source>(no name)</source>
            <translation>(이름 없음)</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>코멘트 추가</translation>
        </message>
        <message>
            <source>Checked: resolved</source>
            <translation>체크: 해결됨</translation>
        </message>
        <message>
            <source>Comments: %1 open of %2</source>
            <translation>코멘트: %2개 중 %1개 열림</translation>
        </message>
        <message>
            <source>Write a comment…</source>
            <translation>코멘트 쓰기…</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>(deleted)</source>
            <translation>(삭제됨)</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>코멘트 추가</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>작성자</translation>
        </message>
        <message>
            <source>Checked: resolved</source>
            <translation>체크: 해결됨</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>코멘트</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>New comment on %1</source>
            <translation>%1에 새 코멘트</translation>
        </message>
        <message>
            <source>On</source>
            <translation>대상</translation>
        </message>
        <message>
            <source>Open only</source>
            <translation>열린 것만</translation>
        </message>
        <message>
            <source>Select a card, stage or persona to comment on it.</source>
            <translation>코멘트를 달 카드, 단계 또는 페르소나를 선택하세요.</translation>
        </message>
        <message>
            <source>Write a comment…</source>
            <translation>코멘트 쓰기…</translation>
        </message>
        <message>
            <source>card “%1”</source>
            <translation>카드 “%1”</translation>
        </message>
        <message>
            <source>persona “%1”</source>
            <translation>페르소나 “%1”</translation>
        </message>
        <message>
            <source>stage “%1”</source>
            <translation>단계 “%1”</translation>
        </message>
    </context>
    <context>
        <name>CommentsPart</name>
        <message>
            <source>&amp;Comments</source>
            <translation>코멘트(&amp;C)</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>코멘트</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>차이</translation>
        </message>
        <message>
            <source>Differences: %1</source>
            <translation>차이: %1개</translation>
        </message>
        <message>
            <source>No differences: both copies are the same.</source>
            <translation>차이가 없습니다: 두 사본이 같습니다.</translation>
        </message>
        <message>
            <source>Nothing compared yet: File ▸ Compare with…</source>
            <translation>아직 비교하지 않았습니다: 파일 ▸ 다른 사본과 비교…</translation>
        </message>
        <message>
            <source>Put the checked changes into this map</source>
            <translation>체크한 변경 사항을 이 지도에 넣습니다</translation>
        </message>
        <message>
            <source>Take all</source>
            <translation>모두 가져오기</translation>
        </message>
        <message>
            <source>Take changes (%1)</source>
            <translation>변경 사항 가져오기 (%1)</translation>
        </message>
        <message>
            <source>Take checked</source>
            <translation>선택한 항목 가져오기</translation>
        </message>
        <message>
            <source>This map compared with %1</source>
            <translation>이 지도와 %1 비교</translation>
        </message>
    </context>
    <context>
        <name>DiskBanner</name>
        <message>
            <source>Dismiss</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>내 버전 유지</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>다시 불러오기</translation>
        </message>
    </context>
    <context>
        <name>DockChrome</name>
        <message>
            <source>Dock in the window</source>
            <translation>창에 붙이기</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>떼어 내기</translation>
        </message>
        <message>
            <source>Fold into the side rail</source>
            <translation>옆 레일로 접기</translation>
        </message>
        <message>
            <source>Folded panels</source>
            <translation>접은 패널</translation>
        </message>
        <message>
            <source>Give the whole window to the map; press again to bring the panels back</source>
            <translation>창 전체를 지도에 씁니다. 다시 누르면 패널이 돌아옵니다</translation>
        </message>
        <message>
            <source>Hide All Pa&amp;nels</source>
            <translation>모든 패널 숨기기(&amp;N)</translation>
        </message>
        <message>
            <source>Panel menu</source>
            <translation>패널 메뉴</translation>
        </message>
        <message>
            <source>Show All Panels</source>
            <translation>모든 패널 보기</translation>
        </message>
        <message>
            <source>Show “%1”</source>
            <translation>“%1” 보기</translation>
        </message>
    </context>
    <context>
        <name>Docks</name>
        <message>
            <source>Add a stage and a lane first: the map has no cell for cards.</source>
            <translation>먼저 단계와 레인을 추가하세요. 카드를 놓을 칸이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Add card</source>
            <translation>카드 추가</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>코멘트 추가</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>레인 추가</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>단계 추가</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>카드 삭제</translation>
        </message>
        <message>
            <source>Delete cards</source>
            <translation>카드 삭제</translation>
        </message>
        <message>
            <source>Delete comment</source>
            <translation>코멘트 삭제</translation>
        </message>
        <message>
            <source>Edit card</source>
            <translation>카드 편집</translation>
        </message>
        <message>
            <source>Edit comment</source>
            <translation>코멘트 수정</translation>
        </message>
        <message>
            <source>Move card</source>
            <translation>카드 이동</translation>
        </message>
        <message>
            <source>Move cards</source>
            <translation>카드 이동</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>레인 이동</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>단계 이동</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>세부 단계 이동</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>새 단계</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>새 세부 단계</translation>
        </message>
        <message>
            <source>Paste cards</source>
            <translation>카드 붙여넣기</translation>
        </message>
        <message>
            <source>Reopen comment</source>
            <translation>코멘트 다시 열기</translation>
        </message>
        <message>
            <source>Resolve comment</source>
            <translation>코멘트 해결</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>제목 없는 지도</translation>
        </message>
        <message>
            <source>“%1” can’t be redone: someone else has changed it since.</source>
            <translation>“%1” 작업은 다시 실행할 수 없습니다: 그 뒤에 다른 사람이 바꿨습니다.</translation>
        </message>
        <message>
            <source>“%1” can’t be undone: someone else has changed it since.</source>
            <translation>“%1” 작업은 실행 취소할 수 없습니다: 그 뒤에 다른 사람이 바꿨습니다.</translation>
        </message>
    </context>
    <context>
        <name>EditNames</name>
        <message>
            <source>(no name)</source>
            <translation>(이름 없음)</translation>
        </message>
        <message>
            <source>Add persona “%1”</source>
            <translation>페르소나 “%1” 추가</translation>
        </message>
        <message>
            <source>Answer checklist question</source>
            <translation>점검표 질문에 답하기</translation>
        </message>
        <message>
            <source>Change %1's emotion at %2</source>
            <translation>%1의 감정 변경 (%2)</translation>
        </message>
        <message>
            <source>Change card colour</source>
            <translation>카드 색 바꾸기</translation>
        </message>
        <message>
            <source>Change card kind</source>
            <translation>카드 종류 바꾸기</translation>
        </message>
        <message>
            <source>Change card votes</source>
            <translation>카드 투표 수 바꾸기</translation>
        </message>
        <message>
            <source>Change content language</source>
            <translation>내용 언어 바꾸기</translation>
        </message>
        <message>
            <source>Change lane kind</source>
            <translation>레인 종류 바꾸기</translation>
        </message>
        <message>
            <source>Change scenario</source>
            <translation>시나리오 바꾸기</translation>
        </message>
        <message>
            <source>Delete persona “%1”</source>
            <translation>페르소나 “%1” 삭제</translation>
        </message>
        <message>
            <source>Duplicate card</source>
            <translation>카드 복제</translation>
        </message>
        <message>
            <source>Duplicate cards</source>
            <translation>카드 여러 장 복제</translation>
        </message>
        <message>
            <source>Duplicate persona “%1”</source>
            <translation>페르소나 “%1” 복제</translation>
        </message>
        <message>
            <source>Edit %1's %2</source>
            <translation>%1의 %2 편집</translation>
        </message>
        <message>
            <source>Edit %1's note at %2</source>
            <translation>%1의 메모 편집 (%2)</translation>
        </message>
        <message>
            <source>Edit card notes</source>
            <translation>카드 메모 편집</translation>
        </message>
        <message>
            <source>Edit card tags</source>
            <translation>카드 태그 편집</translation>
        </message>
        <message>
            <source>Edit card text</source>
            <translation>카드 내용 편집</translation>
        </message>
        <message>
            <source>Edit checklist</source>
            <translation>점검표 편집</translation>
        </message>
        <message>
            <source>Edit checklist note</source>
            <translation>점검표 메모 편집</translation>
        </message>
        <message>
            <source>Edit complaint types</source>
            <translation>불만 유형 편집</translation>
        </message>
        <message>
            <source>Edit customer goal</source>
            <translation>고객 목표 편집</translation>
        </message>
        <message>
            <source>Edit desired experience</source>
            <translation>원하는 경험 편집</translation>
        </message>
        <message>
            <source>Edit lane</source>
            <translation>레인 편집</translation>
        </message>
        <message>
            <source>Edit map description</source>
            <translation>지도 설명 편집</translation>
        </message>
        <message>
            <source>Edit map properties</source>
            <translation>지도 속성 편집</translation>
        </message>
        <message>
            <source>Edit stage</source>
            <translation>단계 편집</translation>
        </message>
        <message>
            <source>Edit stage description</source>
            <translation>단계 설명 편집</translation>
        </message>
        <message>
            <source>Edit step</source>
            <translation>세부 단계 편집</translation>
        </message>
        <message>
            <source>Edit step description</source>
            <translation>세부 단계 설명 편집</translation>
        </message>
        <message>
            <source>Edit the 5 Whys</source>
            <translation>5 Whys 편집</translation>
        </message>
        <message>
            <source>Edit the persona's %1</source>
            <translation>페르소나의 %1 편집</translation>
        </message>
        <message>
            <source>Link a touchpoint</source>
            <translation>접점 연결</translation>
        </message>
        <message>
            <source>Link pain points</source>
            <translation>고충점 연결</translation>
        </message>
        <message>
            <source>Move persona “%1”</source>
            <translation>페르소나 “%1” 이동</translation>
        </message>
        <message>
            <source>Name the persona</source>
            <translation>페르소나 이름 짓기</translation>
        </message>
        <message>
            <source>Recolour stage</source>
            <translation>단계 색 바꾸기</translation>
        </message>
        <message>
            <source>Rename map</source>
            <translation>지도 제목 바꾸기</translation>
        </message>
        <message>
            <source>Rename persona “%1”</source>
            <translation>페르소나 “%1” 이름 바꾸기</translation>
        </message>
        <message>
            <source>Resize lane</source>
            <translation>레인 높이 바꾸기</translation>
        </message>
        <message>
            <source>Set %1's feeling at %2</source>
            <translation>%1의 감정 이름 설정 (%2)</translation>
        </message>
        <message>
            <source>Set %1's score at %2</source>
            <translation>%1의 감정 점수 설정 (%2)</translation>
        </message>
        <message>
            <source>Set %1's to-be score at %2</source>
            <translation>%1의 미래 감정 점수 설정 (%2)</translation>
        </message>
        <message>
            <source>Set KPI actual value</source>
            <translation>지표 실제값 설정</translation>
        </message>
        <message>
            <source>Set KPI name</source>
            <translation>지표 이름 설정</translation>
        </message>
        <message>
            <source>Set KPI target</source>
            <translation>지표 목표 설정</translation>
        </message>
        <message>
            <source>Set KPI unit</source>
            <translation>지표 단위 설정</translation>
        </message>
        <message>
            <source>Set channel</source>
            <translation>채널 설정</translation>
        </message>
        <message>
            <source>Set complaint count</source>
            <translation>불만 건수 설정</translation>
        </message>
        <message>
            <source>Set effort</source>
            <translation>노력 설정</translation>
        </message>
        <message>
            <source>Set expectation</source>
            <translation>기대 설정</translation>
        </message>
        <message>
            <source>Set impact</source>
            <translation>영향 설정</translation>
        </message>
        <message>
            <source>Set map owner</source>
            <translation>지도 담당자 설정</translation>
        </message>
        <message>
            <source>Set online / offline</source>
            <translation>온라인/오프라인 설정</translation>
        </message>
        <message>
            <source>Set owner</source>
            <translation>담당자 설정</translation>
        </message>
        <message>
            <source>Set pain category</source>
            <translation>고충 분류 설정</translation>
        </message>
        <message>
            <source>Set performance</source>
            <translation>성과 설정</translation>
        </message>
        <message>
            <source>Set response time</source>
            <translation>응답 시간 설정</translation>
        </message>
        <message>
            <source>Set review date</source>
            <translation>검토일 설정</translation>
        </message>
        <message>
            <source>Set satisfaction</source>
            <translation>만족도 설정</translation>
        </message>
        <message>
            <source>Set scope</source>
            <translation>범위 설정</translation>
        </message>
        <message>
            <source>Set severity</source>
            <translation>심각도 설정</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>상태 설정</translation>
        </message>
        <message>
            <source>Set team</source>
            <translation>담당 팀 설정</translation>
        </message>
        <message>
            <source>Set version</source>
            <translation>버전 설정</translation>
        </message>
        <message>
            <source>age</source>
            <translation>나이</translation>
        </message>
        <message>
            <source>age group</source>
            <translation>연령대</translation>
        </message>
        <message>
            <source>bio</source>
            <translation>소개</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>색</translation>
        </message>
        <message>
            <source>empathy map</source>
            <translation>공감 지도</translation>
        </message>
        <message>
            <source>family</source>
            <translation>가족</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>성별</translation>
        </message>
        <message>
            <source>income</source>
            <translation>소득</translation>
        </message>
        <message>
            <source>information sources</source>
            <translation>정보 출처</translation>
        </message>
        <message>
            <source>location</source>
            <translation>거주지</translation>
        </message>
        <message>
            <source>long-term goals</source>
            <translation>장기 목표</translation>
        </message>
        <message>
            <source>needs</source>
            <translation>니즈</translation>
        </message>
        <message>
            <source>occupation</source>
            <translation>직업</translation>
        </message>
        <message>
            <source>personality and behaviour</source>
            <translation>성격과 행동</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>사진</translation>
        </message>
        <message>
            <source>preferred channels</source>
            <translation>선호 채널</translation>
        </message>
        <message>
            <source>problems</source>
            <translation>문제</translation>
        </message>
        <message>
            <source>profile</source>
            <translation>프로필</translation>
        </message>
        <message>
            <source>purchase pattern</source>
            <translation>구매 패턴</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>인용구</translation>
        </message>
        <message>
            <source>region</source>
            <translation>지역</translation>
        </message>
        <message>
            <source>segment</source>
            <translation>세그먼트</translation>
        </message>
        <message>
            <source>short-term goals</source>
            <translation>단기 목표</translation>
        </message>
        <message>
            <source>urban / rural</source>
            <translation>도시 / 농촌</translation>
        </message>
        <message>
            <source>values</source>
            <translation>가치관</translation>
        </message>
        <message>
            <source>wishes</source>
            <translation>바라는 점</translation>
        </message>
    </context>
    <context>
        <name>EmotionCurve</name>
        <message>
            <source>&amp;Emotion curve</source>
            <translation>감정 곡선(&amp;E)</translation>
        </message>
        <message>
            <source>Could not export the emotion curve</source>
            <translation>감정 곡선을 내보내지 못했습니다</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>감정 곡선</translation>
        </message>
        <message>
            <source>Emotion curve as PNG…</source>
            <translation>감정 곡선 PNG…</translation>
        </message>
        <message>
            <source>Emotion curve as SVG…</source>
            <translation>감정 곡선 SVG…</translation>
        </message>
        <message>
            <source>Export the emotion curve as PNG</source>
            <translation>감정 곡선을 PNG로 내보내기</translation>
        </message>
        <message>
            <source>Export the emotion curve as SVG</source>
            <translation>감정 곡선을 SVG로 내보내기</translation>
        </message>
        <message>
            <source>Loading the emotion curve…</source>
            <translation>감정 곡선을 불러오는 중…</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 그림 (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>EmotionDialog</name>
        <message>
            <source>Emotion</source>
            <translation>감정</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>감정 이름</translation>
        </message>
        <message>
            <source>Note or quote</source>
            <translation>메모 또는 인용</translation>
        </message>
        <message>
            <source>Score (as-is)</source>
            <translation>점수 (현재)</translation>
        </message>
        <message>
            <source>Score (to-be)</source>
            <translation>점수 (미래)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>— no score</source>
            <translation>— 점수 없음</translation>
        </message>
        <message>
            <source>— none</source>
            <translation>— 없음</translation>
        </message>
    </context>
    <context>
        <name>EmotionForm</name>
        <message>
            <source>Feeling</source>
            <translation>감정 이름</translation>
        </message>
        <message>
            <source>Note or quote</source>
            <translation>메모 또는 인용</translation>
        </message>
        <message>
            <source>Score (as-is)</source>
            <translation>점수 (현재)</translation>
        </message>
        <message>
            <source>Score (to-be)</source>
            <translation>점수 (미래)</translation>
        </message>
        <message>
            <source>no score</source>
            <translation>점수 없음</translation>
        </message>
    </context>
    <context>
        <name>EmotionPlot</name>
        <message>
            <source>(no name)</source>
            <translation>(이름 없음)</translation>
        </message>
        <message>
            <source>As-is</source>
            <translation>현재</translation>
        </message>
        <message>
            <source>Click a point or an empty spot to select it; Up and Down change its score, Delete removes it, Enter edits its label and note.</source>
            <translation>점이나 빈 곳을 클릭해 선택하세요. 위/아래 화살표로 점수를 바꾸고, Delete로 지우고, Enter로 감정 이름과 메모를 편집합니다.</translation>
        </message>
        <message>
            <source>Label: %1</source>
            <translation>감정: %1</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>진실의 순간</translation>
        </message>
        <message>
            <source>Moment of truth (lowest point)</source>
            <translation>진실의 순간 (가장 낮은 점)</translation>
        </message>
        <message>
            <source>To-be</source>
            <translation>미래</translation>
        </message>
        <message>
            <source>To-be (dashed)</source>
            <translation>미래 (점선)</translation>
        </message>
    </context>
    <context>
        <name>Empathy</name>
        <message>
            <source>Does</source>
            <translation>행동</translation>
        </message>
        <message>
            <source>Feels</source>
            <translation>감정</translation>
        </message>
        <message>
            <source>Gains</source>
            <translation>얻는 것</translation>
        </message>
        <message>
            <source>Pains</source>
            <translation>고충</translation>
        </message>
        <message>
            <source>Says</source>
            <translation>말</translation>
        </message>
        <message>
            <source>Thinks</source>
            <translation>생각</translation>
        </message>
    </context>
    <context>
        <name>EmpathyEditor</name>
        <message>
            <source>One item per line</source>
            <translation>한 줄에 하나씩</translation>
        </message>
    </context>
    <context>
        <name>ErrorNotice</name>
        <message>
            <source>Something went wrong</source>
            <translation>문제가 생겼습니다</translation>
        </message>
        <message>
            <source>Something went wrong; your work is safe. Details are in %1</source>
            <translation>문제가 생겼지만 작업 내용은 안전합니다. 자세한 내용은 %1에 있습니다</translation>
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
            <translation>A3 가로</translation>
        </message>
        <message>
            <source>A4 landscape</source>
            <translation>A4 가로</translation>
        </message>
        <message>
            <source>Add an Insights page at the end</source>
            <translation>끝에 인사이트 페이지 추가</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>모든 파일 (*)</translation>
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation>CSV 표 (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Cards as CSV…</source>
            <translation>카드 목록 CSV…</translation>
        </message>
        <message>
            <source>Could not export the map</source>
            <translation>지도를 내보내지 못했습니다</translation>
        </message>
        <message>
            <source>Could not import the file</source>
            <translation>파일을 가져오지 못했습니다</translation>
        </message>
        <message>
            <source>Each commented card gets a small number on the map; the comments follow on their own page, by number.</source>
            <translation>코멘트가 있는 카드마다 지도에 작은 번호가 붙고, 코멘트는 번호 순서로 별도 페이지에 이어집니다.</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>엑셀 통합 문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export cancelled: no file was written</source>
            <translation>내보내기를 취소했습니다. 파일을 만들지 않았습니다</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>지도 내보내기</translation>
        </message>
        <message>
            <source>Export options</source>
            <translation>내보내기 옵션</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>내보내는 중…</translation>
        </message>
        <message>
            <source>Fit the whole map on one page</source>
            <translation>지도 전체를 한 페이지에 맞추기</translation>
        </message>
        <message>
            <source>Image (PNG)…</source>
            <translation>이미지(PNG)…</translation>
        </message>
        <message>
            <source>Import map</source>
            <translation>지도 가져오기</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>가져오는 중…</translation>
        </message>
        <message>
            <source>Keep text selectable (needs the font where it is opened)</source>
            <translation>글자를 선택할 수 있게 두기 (여는 곳에 글꼴이 있어야 함)</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>배치:</translation>
        </message>
        <message>
            <source>Mermaid journey (.mmd)…</source>
            <translation>Mermaid 여정(.mmd)…</translation>
        </message>
        <message>
            <source>Mermaid journeys (*.mmd)</source>
            <translation>Mermaid 여정 (*.mmd)</translation>
        </message>
        <message>
            <source>Off: text is drawn as outlines and looks the same on every machine; its words stay in the file as titles.</source>
            <translation>끄면 글자를 윤곽선으로 그려 어느 컴퓨터에서나 똑같이 보이고, 글자는 파일 안에 제목으로 남습니다.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 문서 (*.pdf)</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
        <message>
            <source>Page:</source>
            <translation>용지:</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>잠시 기다려 주세요</translation>
        </message>
        <message>
            <source>Print comments as numbered notes at the end</source>
            <translation>코멘트를 번호 붙은 메모로 끝에 인쇄</translation>
        </message>
        <message>
            <source>Resolution:</source>
            <translation>해상도:</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG 이미지 (*.svg)</translation>
        </message>
        <message>
            <source>Table (.csv)…</source>
            <translation>표(.csv)…</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>글자:</translation>
        </message>
        <message>
            <source>Tile over several pages at a readable size</source>
            <translation>읽기 좋은 크기로 여러 페이지에 나누기</translation>
        </message>
        <message>
            <source>Vector image (SVG)…</source>
            <translation>벡터 이미지(SVG)…</translation>
        </message>
        <message>
            <source>Workbook (.xlsx)…</source>
            <translation>엑셀 통합 문서(.xlsx)…</translation>
        </message>
        <message>
            <source>Workbook or table (.xlsx)…</source>
            <translation>엑셀 통합 문서 또는 표(.xlsx)…</translation>
        </message>
    </context>
    <context>
        <name>ExportNotice</name>
        <message>
            <source>Could not open the folder</source>
            <translation>폴더를 열 수 없습니다</translation>
        </message>
        <message>
            <source>Exported “%1”</source>
            <translation>“%1” 내보내기 완료</translation>
        </message>
        <message>
            <source>No program opened %1. The file is there: %2</source>
            <translation>%1을(를) 여는 프로그램이 없습니다. 파일 위치: %2</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>폴더 열기</translation>
        </message>
        <message>
            <source>Open the folder of the exported file</source>
            <translation>내보낸 파일의 폴더 열기</translation>
        </message>
        <message>
            <source>Show %1 in the file manager</source>
            <translation>파일 관리자에서 %1 보기</translation>
        </message>
        <message>
            <source>journey-map</source>
            <translation>여정-지도</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <source>&amp;Close</source>
            <translation>닫기(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>내보내기(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>가져오기(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>새로 만들기(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>열기(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>다른 사람이 바꾼 파일</translation>
        </message>
        <message>
            <source>Could not open the map</source>
            <translation>지도를 열 수 없습니다</translation>
        </message>
        <message>
            <source>Could not reload the map</source>
            <translation>지도를 다시 불러오지 못했습니다</translation>
        </message>
        <message>
            <source>Could not save the map</source>
            <translation>지도를 저장할 수 없습니다</translation>
        </message>
        <message>
            <source>Journey maps (*.cjm.json)</source>
            <translation>여정 지도 (*.cjm.json)</translation>
        </message>
        <message>
            <source>Journey maps (*.cjm.json);;All files (*)</source>
            <translation>여정 지도 (*.cjm.json);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>최근 지도 없음</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>최근 파일(&amp;R)</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>지도 열기</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>덮어쓰기</translation>
        </message>
        <message>
            <source>Reload and lose mine</source>
            <translation>다시 불러오고 내 변경 버리기</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>다른 이름으로 저장(&amp;A)…</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>다른 이름으로 저장…</translation>
        </message>
        <message>
            <source>Save map as</source>
            <translation>다른 이름으로 지도 저장</translation>
        </message>
        <message>
            <source>Save yours as a new file to keep both, or overwrite theirs, or reload the file and lose your changes.</source>
            <translation>둘 다 남기려면 내 지도를 새 파일로 저장하세요. 아니면 상대의 변경을 덮어쓰거나, 파일을 다시 불러오고 내 변경을 버릴 수 있습니다.</translation>
        </message>
        <message>
            <source>The map could not be written to %1: %2. Your changes are still open; try another folder.</source>
            <translation>지도를 %1에 쓸 수 없습니다: %2. 변경 내용은 그대로 열려 있으니 다른 폴더를 골라 보세요.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>저장하지 않은 변경</translation>
        </message>
        <message>
            <source>journey-map</source>
            <translation>여정-지도</translation>
        </message>
        <message>
            <source>“%1” has unsaved changes. Save them before continuing?</source>
            <translation>“%1”에 저장하지 않은 변경이 있습니다. 계속하기 전에 저장할까요?</translation>
        </message>
        <message>
            <source>“%1” is read-only, so it was not replaced. Your changes are still open; use Save As to keep them in another file.</source>
            <translation>“%1”은(는) 읽기 전용이라 바꾸지 않았습니다. 변경 내용은 그대로 열려 있으니 다른 이름으로 저장해 다른 파일에 보관하세요.</translation>
        </message>
        <message>
            <source>“%1” was changed by another program or person since you opened or last saved it here. Saving now would replace their changes.</source>
            <translation>“%1”은(는) 여기서 열거나 마지막으로 저장한 뒤 다른 프로그램이나 사람이 바꿨습니다. 지금 저장하면 그 변경 내용을 덮어씁니다.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>All kinds</source>
            <translation>모든 종류</translation>
        </message>
        <message>
            <source>All pain categories</source>
            <translation>모든 불편 유형</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>모든 태그</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Close and clear the filter (Esc)</source>
            <translation>필터를 지우고 닫기 (Esc)</translation>
        </message>
        <message>
            <source>Find cards…</source>
            <translation>카드 찾기…</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>다음 결과</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>다음 결과 (Enter)</translation>
        </message>
        <message>
            <source>No match</source>
            <translation>결과 없음</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>이전 결과</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>이전 결과 (Shift+Enter)</translation>
        </message>
    </context>
    <context>
        <name>HelpGuide</name>
        <message>
            <source>&amp;User guide</source>
            <translation>사용 안내서(&amp;U)</translation>
        </message>
        <message>
            <source>CJM Desktop user guide</source>
            <translation>CJM Desktop 사용 안내서</translation>
        </message>
        <message>
            <source>The user guide is not installed.</source>
            <translation>사용 안내서가 설치되어 있지 않습니다.</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>사용 안내서</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;About CJM Desktop</source>
            <translation>CJM Desktop 정보(&amp;A)</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CJM Desktop %1&lt;/h3&gt;&lt;p&gt;An offline editor for customer journey maps.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;CJM Desktop %1&lt;/h3&gt;&lt;p&gt;인터넷 없이 쓰는 고객 여정 지도 편집기입니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About CJM Desktop</source>
            <translation>CJM Desktop 정보</translation>
        </message>
        <message>
            <source>Korean text uses the Nanum Gothic font © NAVER Corporation, under the SIL Open Font License 1.1.</source>
            <translation>한글은 나눔고딕 글꼴(© NAVER Corporation, SIL Open Font License 1.1)로 표시합니다.</translation>
        </message>
        <message>
            <source>Qt %1 · PySide6 %2 · pyqtgraph %3 · openpyxl %4</source>
            <translation>Qt %1 · PySide6 %2 · pyqtgraph %3 · openpyxl %4</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>설치되지 않음</translation>
        </message>
    </context>
    <context>
        <name>HistoryDock</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;처음 상태&gt;</translation>
        </message>
        <message>
            <source>Undo history</source>
            <translation>실행 취소 기록</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <source>%1 rows read: %2 made cards, %3 only set a score or named a persona, %4 skipped.</source>
            <translation>%1행을 읽었습니다: %2행은 카드가 되었고, %3행은 점수만 정하거나 페르소나를 지정했고, %4행은 건너뛰었습니다.</translation>
        </message>
        <message>
            <source>Created %1 stages and %2 lanes.</source>
            <translation>단계 %1개와 레인 %2개를 만들었습니다.</translation>
        </message>
        <message>
            <source>Details (in English, with the row of each):</source>
            <translation>자세한 내용 (영어, 행 번호와 함께):</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>가져오기 요약</translation>
        </message>
        <message>
            <source>Imported %1 cards, %2 personas and %3 scores.</source>
            <translation>카드 %1개, 페르소나 %2명, 점수 %3개를 가져왔습니다.</translation>
        </message>
        <message>
            <source>Nothing was skipped.</source>
            <translation>건너뛴 것이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>InsightsDock</name>
        <message>
            <source>Insights</source>
            <translation>인사이트</translation>
        </message>
        <message>
            <source>Insights appear here when this panel is shown.</source>
            <translation>이 패널을 열면 인사이트가 여기에 나타납니다.</translation>
        </message>
    </context>
    <context>
        <name>InsightsFeature</name>
        <message>
            <source>In&amp;sights…</source>
            <translation>인사이트(&amp;S)…</translation>
        </message>
        <message>
            <source>Insights pane&amp;l</source>
            <translation>인사이트 패널(&amp;L)</translation>
        </message>
        <message>
            <source>Show every insight full size, ready to print</source>
            <translation>모든 인사이트를 크게 보고 인쇄하기</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <source>Actual</source>
            <translation>실적</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>답</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>달성률</translation>
        </message>
        <message>
            <source>Average (as-is)</source>
            <translation>평균 (현재)</translation>
        </message>
        <message>
            <source>Average (to-be)</source>
            <translation>평균 (목표)</translation>
        </message>
        <message>
            <source>Big bet</source>
            <translation>큰 베팅</translation>
        </message>
        <message>
            <source>Big bet — high impact, high effort: plan and invest.</source>
            <translation>큰 베팅 — 효과도 노력도 큼: 계획을 세워 투자하세요.</translation>
        </message>
        <message>
            <source>CSAT</source>
            <translation>만족도</translation>
        </message>
        <message>
            <source>CX checklist: %1% (%2 of %3 answered)</source>
            <translation>CX 체크리스트: %1% (%3개 중 %2개 응답)</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>체크리스트</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>분류</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>불만</translation>
        </message>
        <message>
            <source>Complaint types</source>
            <translation>불만 유형</translation>
        </message>
        <message>
            <source>Complaint — high expectation, low performance: respond fast, show empathy, personalise, find the root cause, and keep monitoring.</source>
            <translation>불만 — 기대는 높은데 성과가 낮음: 빠르게 응답하고, 공감을 보이고, 개인화하고, 근본 원인을 찾고, 지속적으로 모니터링하세요.</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>불만 건수</translation>
        </message>
        <message>
            <source>Delight</source>
            <translation>감동</translation>
        </message>
        <message>
            <source>Delight — low expectation, high performance: a strength that delights; keep it and make it known.</source>
            <translation>감동 — 기대보다 성과가 높음: 고객을 감동시키는 강점이니 지키고 알리세요.</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>방향</translation>
        </message>
        <message>
            <source>Each cell: count (severity-weighted: low 1, medium 2, high 3)</source>
            <translation>각 칸: 개수 (심각도 가중: 낮음 1, 보통 2, 높음 3)</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>노력</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>감정</translation>
        </message>
        <message>
            <source>Expectation</source>
            <translation>기대</translation>
        </message>
        <message>
            <source>Fill-in</source>
            <translation>틈새 과제</translation>
        </message>
        <message>
            <source>Fill-in — low impact, low effort: do them when there is slack.</source>
            <translation>틈새 과제 — 효과도 노력도 작음: 여유가 있을 때 하세요.</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>차이</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>높을수록 좋음</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>효과</translation>
        </message>
        <message>
            <source>Indifference</source>
            <translation>무관심</translation>
        </message>
        <message>
            <source>Indifference — low expectation, low performance: first check whether it matters to customers.</source>
            <translation>무관심 — 기대도 성과도 낮음: 고객에게 중요한지 먼저 확인하세요.</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>지표</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>지표</translation>
        </message>
        <message>
            <source>Linked pain severity</source>
            <translation>연결된 고충 심각도</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>낮을수록 좋음</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>달성</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>미달</translation>
        </message>
        <message>
            <source>Moment of truth (lowest)</source>
            <translation>결정적 순간 (가장 낮음)</translation>
        </message>
        <message>
            <source>Money pit</source>
            <translation>돈 먹는 하마</translation>
        </message>
        <message>
            <source>Money pit — low impact, high effort: avoid or rethink.</source>
            <translation>돈 먹는 하마 — 효과는 작고 노력은 큼: 피하거나 다시 생각하세요.</translation>
        </message>
        <message>
            <source>No pain points yet.</source>
            <translation>아직 고충점이 없습니다.</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>개선 기회</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>개선 기회</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>고충점</translation>
        </message>
        <message>
            <source>Performance</source>
            <translation>성과</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>페르소나</translation>
        </message>
        <message>
            <source>Preferred channels (✓ offered by the journey, ✗ missing from it); · a channel only the journey offers.</source>
            <translation>선호 채널 (✓ 여정에 있음, ✗ 여정에 없음); · 여정에만 있는 채널.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>질문</translation>
        </message>
        <message>
            <source>Quick win</source>
            <translation>빠른 성과</translation>
        </message>
        <message>
            <source>Quick win — high impact, low effort: do these first.</source>
            <translation>빠른 성과 — 효과는 크고 노력은 적음: 먼저 하세요.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>순위</translation>
        </message>
        <message>
            <source>Response time</source>
            <translation>응답 시간</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>만족</translation>
        </message>
        <message>
            <source>Satisfaction — high expectation, high performance: keep improving, as expectations keep rising.</source>
            <translation>만족 — 기대도 성과도 높음: 기대는 계속 높아지므로 꾸준히 개선하세요.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>점수</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>세그먼트</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>세그먼트</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>단계</translation>
        </message>
        <message>
            <source>Stage · step</source>
            <translation>단계 · 세부 단계</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>The stage that hurts most: %1</source>
            <translation>가장 아픈 단계: %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>합계</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>접점</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>접점</translation>
        </message>
        <message>
            <source>Uncategorised</source>
            <translation>미분류</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>투표</translation>
        </message>
        <message>
            <source>✓ offered</source>
            <translation>✓ 있음</translation>
        </message>
        <message>
            <source>✗ missing</source>
            <translation>✗ 없음</translation>
        </message>
    </context>
    <context>
        <name>InsightsWindow</name>
        <message>
            <source>Insights</source>
            <translation>인사이트</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>%1 card</source>
            <translation>%1 카드</translation>
        </message>
        <message>
            <source>%1 items selected</source>
            <translation>항목 %1개 선택됨</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>감정</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>속성</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>레인</translation>
        </message>
        <message>
            <source>Map properties</source>
            <translation>지도 속성</translation>
        </message>
        <message>
            <source>Select one item to edit its fields.</source>
            <translation>항목 하나를 선택하면 내용을 편집할 수 있습니다.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>단계</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>세부 단계</translation>
        </message>
    </context>
    <context>
        <name>LaneForm</name>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation>영어</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add a line</source>
            <translation>줄 추가</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>아래로</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>위로</translation>
        </message>
        <message>
            <source>Remove the selected line</source>
            <translation>선택한 줄 삭제</translation>
        </message>
    </context>
    <context>
        <name>LiveAddress</name>
        <message>
            <source>A live address has no spaces: %1</source>
            <translation>라이브 주소에는 공백이 없습니다: %1</translation>
        </message>
        <message>
            <source>A live address starts with ws:// or wss:// (this one does not): %1</source>
            <translation>라이브 주소는 ws:// 또는 wss://로 시작합니다(이 주소는 그렇지 않습니다): %1</translation>
        </message>
        <message>
            <source>Enter the address you were given, like ws://192.168.1.20:8765/live/…</source>
            <translation>받은 주소를 입력하세요. 예: ws://192.168.1.20:8765/live/…</translation>
        </message>
        <message>
            <source>This address has a port that is not a number: %1</source>
            <translation>이 주소의 포트가 숫자가 아닙니다: %1</translation>
        </message>
        <message>
            <source>This address names no computer to connect to: %1</source>
            <translation>이 주소에는 연결할 컴퓨터가 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>LiveBackend</name>
        <message>
            <source>Live co-editing is not available in this version yet.</source>
            <translation>이 버전에서는 아직 라이브 공동 편집을 쓸 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>LiveJoin</name>
        <message>
            <source>&amp;Address:</source>
            <translation>주소(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>파일 선택(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Join</source>
            <translation>참여(&amp;J)</translation>
        </message>
        <message>
            <source>Address to join</source>
            <translation>참여할 주소</translation>
        </message>
        <message>
            <source>Connecting… the map opens in a new window as soon as it has arrived.</source>
            <translation>연결하는 중… 지도가 도착하면 바로 새 창에서 열립니다.</translation>
        </message>
        <message>
            <source>Join a map someone shares with File ▸ Share live…: it opens in a new window, and everyone's edits show as they are made.</source>
            <translation>누군가 파일 ▸ 라이브 공유…로 공유한 지도에 참여합니다. 지도는 새 창에서 열리고, 모두의 편집이 하는 즉시 보입니다.</translation>
        </message>
        <message>
            <source>Join live</source>
            <translation>라이브 참여</translation>
        </message>
        <message>
            <source>Journey maps (*.cjm.json)</source>
            <translation>여정 지도 (*.cjm.json)</translation>
        </message>
        <message>
            <source>Keep the joined map as</source>
            <translation>참여한 지도를 저장할 파일</translation>
        </message>
        <message>
            <source>Keep the map in:</source>
            <translation>지도를 보관할 곳:</translation>
        </message>
        <message>
            <source>Not chosen yet: the map is kept in the recovery folder until you save it (File ▸ Save As…).</source>
            <translation>아직 고르지 않았습니다. 저장할 때까지(파일 ▸ 다른 이름으로 저장…) 지도는 복구 폴더에 보관됩니다.</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>내 이름(&amp;N):</translation>
        </message>
        <message>
            <source>Your name, shown to the others</source>
            <translation>다른 사람에게 보이는 내 이름</translation>
        </message>
    </context>
    <context>
        <name>LiveMenu</name>
        <message>
            <source>&amp;Join live…</source>
            <translation>라이브 참여(&amp;J)…</translation>
        </message>
        <message>
            <source>Open a map someone shares live, in a new window</source>
            <translation>누군가 라이브로 공유한 지도를 새 창에서 엽니다</translation>
        </message>
        <message>
            <source>Others edit this map with you, live, from their own laptops</source>
            <translation>다른 사람이 자기 노트북에서 이 지도를 함께 실시간으로 편집합니다</translation>
        </message>
        <message>
            <source>Share &amp;live…</source>
            <translation>라이브 공유(&amp;L)…</translation>
        </message>
    </context>
    <context>
        <name>LivePart</name>
        <message>
            <source>Could not join %1: %2</source>
            <translation>%1에 참여하지 못했습니다: %2</translation>
        </message>
        <message>
            <source>Live · %1 people</source>
            <translation>라이브 · %1명</translation>
        </message>
        <message>
            <source>Live · 1 person</source>
            <translation>라이브 · 1명</translation>
        </message>
        <message>
            <source>Live · connecting…</source>
            <translation>라이브 · 연결하는 중…</translation>
        </message>
        <message>
            <source>Nothing came from %1 within 10 seconds: the address may be wrong or no longer shared (ask for it again), or this computer cannot reach it. Nothing was opened.</source>
            <translation>10초 안에 %1에서 아무것도 오지 않았습니다. 주소가 틀렸거나 더는 공유되지 않는 주소일 수 있고(주소를 다시 받으세요), 이 컴퓨터에서 닿지 않는 곳일 수도 있습니다. 아무것도 열지 않았습니다.</translation>
        </message>
        <message>
            <source>Offline — edits are kept and sent on reconnect</source>
            <translation>오프라인 — 편집은 보관했다가 다시 연결되면 보냅니다</translation>
        </message>
        <message>
            <source>Share live</source>
            <translation>라이브 공유</translation>
        </message>
        <message>
            <source>The connection to %1 ended before the map arrived.</source>
            <translation>지도가 도착하기 전에 %1 연결이 끊겼습니다.</translation>
        </message>
        <message>
            <source>The joined map could not be written to %1: %2</source>
            <translation>참여한 지도를 %1에 쓰지 못했습니다: %2</translation>
        </message>
        <message>
            <source>The map could not be shared on %1: %2</source>
            <translation>%1에서 지도를 공유하지 못했습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>LiveShare</name>
        <message>
            <source>%1 (this network)</source>
            <translation>%1 (이 네트워크)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Address to share on</source>
            <translation>공유할 주소</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>연결하는 중…</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>복사했습니다</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>주소 복사</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>온라인</translation>
        </message>
        <message>
            <source>Others connected: %1</source>
            <translation>접속한 다른 사람: %1명</translation>
        </message>
        <message>
            <source>People on the same network join from CJM Desktop with File ▸ Join live… and the address shown next. Everyone edits the same map; edits made offline are sent on reconnect.</source>
            <translation>같은 네트워크의 사람들이 CJM Desktop의 파일 ▸ 라이브 참여…에 다음에 나오는 주소를 넣어 참여합니다. 모두 같은 지도를 편집하며, 오프라인에서 한 편집은 다시 연결될 때 전송됩니다.</translation>
        </message>
        <message>
            <source>Start sharing</source>
            <translation>공유 시작</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>공유 끝내기</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>멈춤</translation>
        </message>
        <message>
            <source>Sync server</source>
            <translation>동기화 서버</translation>
        </message>
        <message>
            <source>The map is shared through your team's sync server (set in Preferences), not from this laptop. Anyone who can reach the server can join with the address shown next.</source>
            <translation>지도는 이 노트북이 아니라 팀의 동기화 서버(환경 설정에서 지정)를 통해 공유됩니다. 서버에 접속할 수 있는 사람은 누구나 다음에 나오는 주소로 참여할 수 있습니다.</translation>
        </message>
        <message>
            <source>This computer only (a test)</source>
            <translation>이 컴퓨터만 (시험용)</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>내 이름(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>MainToolBar</name>
        <message>
            <source>Add a card: %1</source>
            <translation>카드 추가: %1</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Export the map (Excel, PDF, PNG, SVG, CSV, Mermaid)</source>
            <translation>지도 내보내기 (Excel, PDF, PNG, SVG, CSV, Mermaid)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%1 cards</source>
            <translation>카드 %1장</translation>
        </message>
        <message>
            <source>%1 lanes</source>
            <translation>레인 %1개</translation>
        </message>
        <message>
            <source>%1 personas</source>
            <translation>페르소나 %1명</translation>
        </message>
        <message>
            <source>%1 stages</source>
            <translation>단계 %1개</translation>
        </message>
        <message>
            <source>%1[*] — CJM Desktop</source>
            <translation>%1[*] — CJM Desktop</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>삽입(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>지도(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>1 card</source>
            <translation>카드 1장</translation>
        </message>
        <message>
            <source>1 lane</source>
            <translation>레인 1개</translation>
        </message>
        <message>
            <source>1 persona</source>
            <translation>페르소나 1명</translation>
        </message>
        <message>
            <source>1 stage</source>
            <translation>단계 1개</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1에 저장됨</translation>
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message>
            <source>Answer</source>
            <translation>답</translation>
        </message>
        <message>
            <source>CX health checklist</source>
            <translation>CX 점검표</translation>
        </message>
        <message>
            <source>Content language</source>
            <translation>내용 언어</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <source>English</source>
            <translation>영어</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>검토일</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>시나리오</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>버전</translation>
        </message>
        <message>
            <source>e.g. v1.2</source>
            <translation>예: v1.2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>없음</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>All from the other copy</source>
            <translation>모두 다른 사본 쪽으로</translation>
        </message>
        <message>
            <source>All from this map</source>
            <translation>모두 이 지도 쪽으로</translation>
        </message>
        <message>
            <source>Both copies changed these things differently. Everything else is merged already. Choose which version to keep for each; the merge is one step you can undo.</source>
            <translation>두 사본이 아래 항목을 서로 다르게 바꿨습니다. 나머지는 이미 병합되었습니다. 항목마다 남길 쪽을 고르세요. 병합은 실행 취소할 수 있는 한 단계입니다.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>충돌</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>남길 쪽</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>병합</translation>
        </message>
        <message>
            <source>Merge: decide the conflicts</source>
            <translation>병합: 충돌 결정</translation>
        </message>
        <message>
            <source>The other copy's</source>
            <translation>다른 사본 쪽</translation>
        </message>
        <message>
            <source>This map</source>
            <translation>이 지도</translation>
        </message>
        <message>
            <source>This map's</source>
            <translation>이 지도 쪽</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <source>kept (changed)</source>
            <translation>남아 있음 (바뀜)</translation>
        </message>
        <message>
            <source>kept, with what was added in it (%1)</source>
            <translation>남아 있음, 안에 추가된 것 %1개</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Card palette</source>
            <translation>카드 팔레트</translation>
        </message>
        <message>
            <source>Drag a kind onto the map, or double-click it to add a card to the current cell</source>
            <translation>종류를 지도로 끌어 놓거나, 두 번 클릭해 현재 칸에 카드를 추가하세요</translation>
        </message>
    </context>
    <context>
        <name>PersonaForm</name>
        <message>
            <source>Age</source>
            <translation>나이</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>연령대</translation>
        </message>
        <message>
            <source>Bio</source>
            <translation>소개</translation>
        </message>
        <message>
            <source>Cannot use this photo</source>
            <translation>이 사진을 쓸 수 없습니다</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>사진 선택</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>사진 선택…</translation>
        </message>
        <message>
            <source>Drop a PNG, JPEG or WebP image here</source>
            <translation>PNG, JPEG, WebP 이미지를 여기에 놓으세요</translation>
        </message>
        <message>
            <source>Empathy map</source>
            <translation>공감 지도</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>가족</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>성별</translation>
        </message>
        <message>
            <source>Goals and needs</source>
            <translation>목표와 니즈</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>이미지 (%1)</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>소득</translation>
        </message>
        <message>
            <source>Information sources</source>
            <translation>정보 출처</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>거주지</translation>
        </message>
        <message>
            <source>Long-term goals</source>
            <translation>장기 목표</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>니즈</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>직업</translation>
        </message>
        <message>
            <source>Persona colour</source>
            <translation>페르소나 색</translation>
        </message>
        <message>
            <source>Persona name</source>
            <translation>페르소나 이름</translation>
        </message>
        <message>
            <source>Personality and behaviour</source>
            <translation>성격과 행동</translation>
        </message>
        <message>
            <source>Preferred channels</source>
            <translation>선호 채널</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>문제</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>프로필</translation>
        </message>
        <message>
            <source>Purchase pattern</source>
            <translation>구매 패턴</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>인용구</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>지역</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>사진 지우기</translation>
        </message>
        <message>
            <source>Rural</source>
            <translation>농촌</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>세그먼트</translation>
        </message>
        <message>
            <source>Short-term goals</source>
            <translation>단기 목표</translation>
        </message>
        <message>
            <source>Urban</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Urban / rural</source>
            <translation>도시 / 농촌</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>가치관</translation>
        </message>
        <message>
            <source>Wishes</source>
            <translation>바라는 점</translation>
        </message>
    </context>
    <context>
        <name>PersonaPanel</name>
        <message>
            <source>(no name)</source>
            <translation>(이름 없음)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>추가</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>페르소나 추가</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Delete persona</source>
            <translation>페르소나 삭제</translation>
        </message>
        <message>
            <source>Delete the active persona</source>
            <translation>선택한 페르소나 삭제</translation>
        </message>
        <message>
            <source>Delete the persona “%1”?</source>
            <translation>페르소나 “%1”을(를) 삭제할까요?</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>복제</translation>
        </message>
        <message>
            <source>Duplicate the active persona</source>
            <translation>선택한 페르소나 복제</translation>
        </message>
        <message>
            <source>Its %1 emotion scores on the curve are deleted with it. You can undo this.</source>
            <translation>감정 곡선의 점수 %1개도 함께 삭제됩니다. 실행 취소로 되돌릴 수 있습니다.</translation>
        </message>
        <message>
            <source>Its emotion score on the curve is deleted with it. You can undo this.</source>
            <translation>감정 곡선의 점수 1개도 함께 삭제됩니다. 실행 취소로 되돌릴 수 있습니다.</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>아래로</translation>
        </message>
        <message>
            <source>Move the persona down</source>
            <translation>페르소나를 아래로</translation>
        </message>
        <message>
            <source>Move the persona up</source>
            <translation>페르소나를 위로</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>위로</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>페르소나</translation>
        </message>
    </context>
    <context>
        <name>Photo</name>
        <message>
            <source>%1 is %2 × %3 pixels; a photo may be at most 10,000 pixels a side.</source>
            <translation>%1은(는) %2 × %3 픽셀입니다. 사진은 한 변이 10,000 픽셀을 넘을 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 is a %2 image. Use a PNG, JPEG, WebP, BMP or GIF file.</source>
            <translation>%1은(는) %2 이미지입니다. PNG, JPEG, WebP, BMP, GIF 파일을 쓰세요.</translation>
        </message>
        <message>
            <source>%1 is damaged or incomplete and cannot be read (%2).</source>
            <translation>%1은(는) 손상되었거나 일부만 있어 읽을 수 없습니다(%2).</translation>
        </message>
        <message>
            <source>%1 is not a picture that can be read. Use a PNG, JPEG, WebP, BMP or GIF file.</source>
            <translation>%1은(는) 읽을 수 있는 그림이 아닙니다. PNG, JPEG, WebP, BMP, GIF 파일을 쓰세요.</translation>
        </message>
        <message>
            <source>%1 is too large (%2 MB). A photo may be at most 20 MB.</source>
            <translation>%1은(는) 너무 큽니다(%2 MB). 사진은 20 MB까지 쓸 수 있습니다.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1을(를) 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <source>The image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>일반 파일이 아닙니다</translation>
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
            <translation>초</translation>
        </message>
        <message>
            <source>&amp;Autosave after:</source>
            <translation>자동 저장 간격(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Recent files to remember:</source>
            <translation>최근 파일 기억 개수(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>테마(&amp;T):</translation>
        </message>
        <message>
            <source>A new interface language applies when CJM Desktop starts again. Maps keep the language they are written in.</source>
            <translation>새 화면 언어는 CJM Desktop을 다시 시작하면 적용됩니다. 지도 내용은 작성한 언어 그대로 유지됩니다.</translation>
        </message>
        <message>
            <source>Autosave delay in seconds</source>
            <translation>자동 저장 간격(초)</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>어둡게</translation>
        </message>
        <message>
            <source>Default &amp;card width:</source>
            <translation>기본 카드 너비(&amp;C):</translation>
        </message>
        <message>
            <source>Default &amp;template:</source>
            <translation>기본 템플릿(&amp;T):</translation>
        </message>
        <message>
            <source>Default card width</source>
            <translation>기본 카드 너비</translation>
        </message>
        <message>
            <source>Default template</source>
            <translation>기본 템플릿</translation>
        </message>
        <message>
            <source>Empty: Share live hosts on this laptop</source>
            <translation>비워 두면 라이브 공유를 이 노트북이 맡습니다</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>시스템 설정 따르기</translation>
        </message>
        <message>
            <source>Interface &amp;font size:</source>
            <translation>화면 글자 크기(&amp;F):</translation>
        </message>
        <message>
            <source>Interface font size</source>
            <translation>화면 글자 크기</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>화면 언어</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>밝게</translation>
        </message>
        <message>
            <source>Number of recent files</source>
            <translation>최근 파일 개수</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>환경 설정(&amp;E)…</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>환경 설정</translation>
        </message>
        <message>
            <source>Presentation te&amp;xt size:</source>
            <translation>발표 글자 크기(&amp;X):</translation>
        </message>
        <message>
            <source>S&amp;ync server:</source>
            <translation>동기화 서버(&amp;Y):</translation>
        </message>
        <message>
            <source>Signs your comments</source>
            <translation>코멘트에 표시되는 이름</translation>
        </message>
        <message>
            <source>Sync server address for live co-editing</source>
            <translation>라이브 공동 편집에 쓸 동기화 서버 주소</translation>
        </message>
        <message>
            <source>Text size of the workshop presentation</source>
            <translation>워크숍 발표 화면의 글자 크기</translation>
        </message>
        <message>
            <source>The new interface language applies after a restart.</source>
            <translation>새 화면 언어는 다시 시작한 뒤 적용됩니다.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>테마</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>내 이름(&amp;N):</translation>
        </message>
        <message>
            <source>Your name, shown on your comments</source>
            <translation>코멘트에 표시되는 내 이름</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>Could not add the card</source>
            <translation>카드를 추가하지 못했습니다</translation>
        </message>
        <message>
            <source>Enter: add a card · ←/→: stage · ↑/↓: lane · T: timer · B: blank · Esc: leave</source>
            <translation>Enter: 카드 추가 · ←/→: 단계 · ↑/↓: 레인 · T: 타이머 · B: 화면 끄기 · Esc: 나가기</translation>
        </message>
        <message>
            <source>Enter: add · Shift+Enter: new line · Tab: next lane · Esc: close</source>
            <translation>Enter: 추가 · Shift+Enter: 줄 바꿈 · Tab: 다음 레인 · Esc: 닫기</translation>
        </message>
        <message>
            <source>Presentation — CJM Desktop</source>
            <translation>발표 — CJM Desktop</translation>
        </message>
        <message>
            <source>Stage %1 of %2: %3</source>
            <translation>단계 %1/%2: %3</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>다음에서 찾기(&amp;L):</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>파일 형식(&amp;T):</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Page &amp;order:</source>
            <translation>쪽 순서(&amp;O):</translation>
        </message>
        <message>
            <source>Pages &amp;per sheet:</source>
            <translation>장당 쪽 수(&amp;P):</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Discard</source>
            <translation>저장 안 함</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Page &amp;Set:</source>
            <translation>쪽 집합(&amp;S):</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>&amp;Close</source>
            <translation>닫기(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>버리기(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>버리기(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>나중에(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>복구(&amp;R)</translation>
        </message>
        <message>
            <source>Autosaved</source>
            <translation>자동 저장 시각</translation>
        </message>
        <message>
            <source>CJM Desktop was closed unexpectedly. These maps had unsaved changes. Restore a map to continue where you left off, or discard it.</source>
            <translation>CJM Desktop이 예기치 않게 종료되었습니다. 아래 지도에 저장하지 않은 변경 사항이 있습니다. 지도를 복구해 이어서 작업하거나 버리세요.</translation>
        </message>
        <message>
            <source>Could not discard the map</source>
            <translation>지도를 버리지 못했습니다</translation>
        </message>
        <message>
            <source>Could not restore the map</source>
            <translation>지도를 복구하지 못했습니다</translation>
        </message>
        <message>
            <source>Discard unsaved changes?</source>
            <translation>저장하지 않은 변경 사항을 버릴까요?</translation>
        </message>
        <message>
            <source>Discarded %1</source>
            <translation>%1에 버림</translation>
        </message>
        <message>
            <source>Keep the copies and ask again at the next start</source>
            <translation>사본을 보관하고 다음 시작 때 다시 묻기</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>지도</translation>
        </message>
        <message>
            <source>Maps with unsaved changes left by an editor that was closed unexpectedly, and maps discarded in the last %1 days. Restore one to open it as an unsaved map.</source>
            <translation>예기치 않게 종료된 편집기가 남긴 저장하지 않은 지도와 최근 %1일 안에 버린 지도입니다. 하나를 복구하면 저장하지 않은 지도로 열립니다.</translation>
        </message>
        <message>
            <source>Move the selected maps to the trash (kept for %1 days; File ▸ Recover… brings them back)</source>
            <translation>선택한 지도를 휴지통으로 옮깁니다(%1일 동안 보관, 파일 ▸ 복구…로 되살릴 수 있음)</translation>
        </message>
        <message>
            <source>Original file</source>
            <translation>원본 파일</translation>
        </message>
        <message>
            <source>Recover unsaved maps</source>
            <translation>저장하지 않은 지도 복구</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>The unsaved changes of %1 maps will be deleted.</source>
            <translation>지도 %1개의 저장하지 않은 변경 사항이 삭제됩니다.</translation>
        </message>
        <message>
            <source>The unsaved changes of 1 map will be deleted.</source>
            <translation>지도 1개의 저장하지 않은 변경 사항이 삭제됩니다.</translation>
        </message>
        <message>
            <source>There is nothing to recover.</source>
            <translation>복구할 지도가 없습니다.</translation>
        </message>
        <message>
            <source>They stay in the trash for %1 days: File ▸ Recover… brings them back.</source>
            <translation>버린 지도는 %1일 동안 휴지통에 남으며, 파일 ▸ 복구…로 되살릴 수 있습니다.</translation>
        </message>
        <message>
            <source>Unsaved after a crash</source>
            <translation>충돌 후 저장되지 않음</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>제목 없는 지도</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>저장한 적 없음</translation>
        </message>
        <message>
            <source>“%1” stays in the recovery folder: %2</source>
            <translation>“%1”은(는) 복구 폴더에 그대로 있습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>Reliability</name>
        <message>
            <source>Autosave failed: %1</source>
            <translation>자동 저장 실패: %1</translation>
        </message>
        <message>
            <source>Autosaved %1</source>
            <translation>%1에 자동 저장됨</translation>
        </message>
        <message>
            <source>Could not reload the map</source>
            <translation>지도를 다시 불러오지 못했습니다</translation>
        </message>
        <message>
            <source>File on disk</source>
            <translation>디스크의 파일</translation>
        </message>
        <message>
            <source>Reco&amp;ver…</source>
            <translation>복구(&amp;V)…</translation>
        </message>
        <message>
            <source>Reload replaces your unsaved changes with the file's content; Keep mine keeps editing your version.</source>
            <translation>다시 불러오기는 저장하지 않은 변경 사항을 파일 내용으로 바꿉니다. 내 버전 유지를 누르면 지금 버전을 계속 편집합니다.</translation>
        </message>
        <message>
            <source>Restore a map left unsaved by a crash, or one discarded in the last %1 days</source>
            <translation>충돌로 저장되지 않은 지도나 최근 %1일 안에 버린 지도를 복구합니다</translation>
        </message>
        <message>
            <source>“%1” is already open in another CJM Desktop (process %2). Saving in both places overwrites one with the other.</source>
            <translation>“%1”은(는) 다른 CJM Desktop(프로세스 %2)에서 이미 열려 있습니다. 양쪽에서 저장하면 한쪽 내용이 다른 쪽을 덮어씁니다.</translation>
        </message>
        <message>
            <source>“%1” is also open in another window. Saving in both places overwrites one with the other.</source>
            <translation>“%1”은(는) 다른 창에서도 열려 있습니다. 양쪽에서 저장하면 한쪽 내용이 다른 쪽을 덮어씁니다.</translation>
        </message>
        <message>
            <source>“%1” was changed by another program.</source>
            <translation>다른 프로그램이 “%1”을(를) 변경했습니다.</translation>
        </message>
        <message>
            <source>“%1” was deleted or moved by another program. Your map is still open here: save it to keep it.</source>
            <translation>다른 프로그램이 “%1”을(를) 삭제하거나 옮겼습니다. 지도는 여기에 열려 있으니 보관하려면 저장하세요.</translation>
        </message>
    </context>
    <context>
        <name>ReviewBanner</name>
        <message>
            <source>Dismiss</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Dismiss the review reminder</source>
            <translation>검토 알림 닫기</translation>
        </message>
        <message>
            <source>Map properties…</source>
            <translation>지도 속성…</translation>
        </message>
    </context>
    <context>
        <name>ReviewReminder</name>
        <message>
            <source>Review reminder</source>
            <translation>검토 알림</translation>
        </message>
        <message>
            <source>This map is due for review (review date %1).</source>
            <translation>이 지도를 검토할 때가 되었습니다 (검토일 %1).</translation>
        </message>
    </context>
    <context>
        <name>RoomInbox</name>
        <message>
            <source>%1 notes waiting</source>
            <translation>대기 중인 메모 %1개</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>받기</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>모두 받기</translation>
        </message>
        <message>
            <source>Choose a note to edit it before accepting</source>
            <translation>받기 전에 고칠 메모를 고르세요</translation>
        </message>
        <message>
            <source>No notes waiting</source>
            <translation>대기 중인 메모 없음</translation>
        </message>
        <message>
            <source>Participants' notes</source>
            <translation>참가자 메모</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>거절</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>익명</translation>
        </message>
    </context>
    <context>
        <name>RoomInvite</name>
        <message>
            <source>Checking that the address can be reached…</source>
            <translation>이 주소로 접속되는지 확인하는 중…</translation>
        </message>
        <message>
            <source>Invite participants</source>
            <translation>참가자 초대</translation>
        </message>
        <message>
            <source>Moderate: notes wait in an inbox for me to accept</source>
            <translation>검토: 메모가 받은 편지함에서 내 승인을 기다림</translation>
        </message>
        <message>
            <source>Participants connected: %1</source>
            <translation>접속한 참가자: %1명</translation>
        </message>
        <message>
            <source>Phones may not reach this laptop. Try: allow CJM Desktop in the firewall for private networks; or a phone's hotspot for the room; or this laptop's own hotspot. A venue network that keeps its clients apart blocks the room.</source>
            <translation>휴대폰이 이 노트북에 접속하지 못할 수 있습니다. 방화벽에서 개인 네트워크에 CJM Desktop을 허용하거나, 휴대폰 핫스폿이나 이 노트북의 핫스폿을 쓰세요. 접속 기기끼리 막아 두는 행사장 네트워크에서는 참여할 수 없습니다.</translation>
        </message>
        <message>
            <source>Private until reveal: notes are counted, their text is hidden until I reveal them</source>
            <translation>공개 전 비공개: 메모 수만 보이고 내용은 내가 공개할 때까지 숨김</translation>
        </message>
        <message>
            <source>Reveal the notes</source>
            <translation>메모 공개</translation>
        </message>
        <message>
            <source>Start the room</source>
            <translation>참여 시작</translation>
        </message>
        <message>
            <source>Stop the room</source>
            <translation>참여 끝내기</translation>
        </message>
        <message>
            <source>The page answers at this address. If phones on the same Wi-Fi still cannot open it: %1</source>
            <translation>이 주소에서 페이지가 응답합니다. 같은 Wi-Fi의 휴대폰이 그래도 열지 못하면: %1</translation>
        </message>
        <message>
            <source>The room works on this computer only (a demo): phones cannot join. Choose a network address to invite them.</source>
            <translation>이 컴퓨터에서만 열립니다(시연용). 휴대폰은 참여할 수 없으니 초대하려면 네트워크 주소를 고르세요.</translation>
        </message>
        <message>
            <source>This computer only (a demo)</source>
            <translation>이 컴퓨터만 (시연용)</translation>
        </message>
    </context>
    <context>
        <name>RoomModes</name>
        <message>
            <source>%1 — %2 dots left</source>
            <translation>%1 — 남은 점 %2개</translation>
        </message>
        <message>
            <source>(counts hidden until the reveal)</source>
            <translation>(공개 전까지 개수는 숨김)</translation>
        </message>
        <message>
            <source>(no persona)</source>
            <translation>(페르소나 없음)</translation>
        </message>
        <message>
            <source>1–5: score −2…+2 · ↑/↓: up/down · Tab: next persona · ←/→: stage</source>
            <translation>1–5: 점수 −2…+2 · ↑/↓: 올리기/내리기 · Tab: 다음 페르소나 · ←/→: 단계</translation>
        </message>
        <message>
            <source>No dot of yours on this card</source>
            <translation>이 카드에 내 점이 없습니다</translation>
        </message>
        <message>
            <source>No dots left</source>
            <translation>남은 점이 없습니다</translation>
        </message>
        <message>
            <source>Not a participant of this vote</source>
            <translation>이 투표의 참가자가 아닙니다</translation>
        </message>
        <message>
            <source>Only one dot per card</source>
            <translation>카드마다 점은 하나만</translation>
        </message>
        <message>
            <source>Results: %1</source>
            <translation>결과: %1</translation>
        </message>
        <message>
            <source>Space/click: dot · Backspace: take back · Tab: next person · R: reveal · Enter: finish</source>
            <translation>Space/클릭: 점 찍기 · Backspace: 되돌리기 · Tab: 다음 사람 · R: 공개 · Enter: 마치기</translation>
        </message>
        <message>
            <source>This card is not part of the vote</source>
            <translation>이 카드는 투표 대상이 아닙니다</translation>
        </message>
        <message>
            <source>Voting is closed</source>
            <translation>투표가 끝났습니다</translation>
        </message>
        <message>
            <source>no dots</source>
            <translation>점 없음</translation>
        </message>
    </context>
    <context>
        <name>RoomPart</name>
        <message>
            <source>%1 joined</source>
            <translation>%1명 참여</translation>
        </message>
        <message>
            <source>%1 notes hidden</source>
            <translation>숨긴 메모 %1개</translation>
        </message>
        <message>
            <source>The room could not start on %1: %2</source>
            <translation>%1에서 참여를 시작할 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>RoomSession</name>
        <message>
            <source>Phone %1</source>
            <translation>휴대폰 %1</translation>
        </message>
        <message>
            <source>Reveal participants' notes</source>
            <translation>참가자 메모 공개</translation>
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>Add a step</source>
            <translation>세부 단계 추가</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>색</translation>
        </message>
        <message>
            <source>Customer goal</source>
            <translation>고객 목표</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <source>Desired experience</source>
            <translation>원하는 경험</translation>
        </message>
        <message>
            <source>Move the step earlier</source>
            <translation>세부 단계를 앞으로</translation>
        </message>
        <message>
            <source>Move the step later</source>
            <translation>세부 단계를 뒤로</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>이름:</translation>
        </message>
        <message>
            <source>Remove the step</source>
            <translation>세부 단계 삭제</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>세부 단계 이름 바꾸기</translation>
        </message>
        <message>
            <source>Rename the step</source>
            <translation>세부 단계 이름 바꾸기</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>세부 단계</translation>
        </message>
    </context>
    <context>
        <name>StepForm</name>
        <message>
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
    </context>
    <context>
        <name>StructureMenus</name>
        <message>
            <source>&amp;Card</source>
            <translation>카드(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete stage</source>
            <translation>단계 삭제(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>레인(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Rename stage…</source>
            <translation>단계 이름 바꾸기(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>단계(&amp;S)</translation>
        </message>
        <message>
            <source>Add &amp;lane</source>
            <translation>레인 추가(&amp;L)</translation>
        </message>
        <message>
            <source>Add &amp;stage</source>
            <translation>단계 추가(&amp;S)</translation>
        </message>
        <message>
            <source>Card of &amp;kind</source>
            <translation>종류별 카드(&amp;K)</translation>
        </message>
        <message>
            <source>Delete l&amp;ane</source>
            <translation>레인 삭제(&amp;A)</translation>
        </message>
        <message>
            <source>Lane title:</source>
            <translation>레인 제목:</translation>
        </message>
        <message>
            <source>Map &amp;properties…</source>
            <translation>지도 속성(&amp;P)…</translation>
        </message>
        <message>
            <source>Map properties</source>
            <translation>지도 속성</translation>
        </message>
        <message>
            <source>Re&amp;name lane…</source>
            <translation>레인 이름 바꾸기(&amp;N)…</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>세부 단계(&amp;T)</translation>
        </message>
        <message>
            <source>Select a lane or a card first.</source>
            <translation>먼저 레인이나 카드를 선택하세요.</translation>
        </message>
        <message>
            <source>Select a stage or a card first.</source>
            <translation>먼저 단계나 카드를 선택하세요.</translation>
        </message>
        <message>
            <source>Stage &amp;colour…</source>
            <translation>단계 색(&amp;C)…</translation>
        </message>
        <message>
            <source>Stage name:</source>
            <translation>단계 이름:</translation>
        </message>
    </context>
    <context>
        <name>TemplateChooser</name>
        <message>
            <source>Content language:</source>
            <translation>내용 언어:</translation>
        </message>
        <message>
            <source>English</source>
            <translation>영어</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
        <message>
            <source>New map</source>
            <translation>새 지도</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>템플릿:</translation>
        </message>
    </context>
    <context>
        <name>TwoCopiesPart</name>
        <message>
            <source>&amp;Merge…</source>
            <translation>병합(&amp;M)…</translation>
        </message>
        <message>
            <source>Cannot read this file</source>
            <translation>이 파일을 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>Com&amp;pare with…</source>
            <translation>다른 사본과 비교(&amp;P)…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>비교</translation>
        </message>
        <message>
            <source>Compare this map with</source>
            <translation>이 지도와 비교할 파일</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>엑셀 통합 문서 (*.xlsx)</translation>
        </message>
        <message>
            <source>Import chan&amp;ges from workbook…</source>
            <translation>통합 문서에서 변경 사항 가져오기(&amp;G)…</translation>
        </message>
        <message>
            <source>Import changes from workbook</source>
            <translation>통합 문서에서 변경 사항 가져오기</translation>
        </message>
        <message>
            <source>Journey maps (%1)</source>
            <translation>여정 지도 (%1)</translation>
        </message>
        <message>
            <source>Merge %1</source>
            <translation>%1 병합</translation>
        </message>
        <message>
            <source>Merge: the other copy</source>
            <translation>병합: 다른 사본</translation>
        </message>
        <message>
            <source>Merge: the version both copies started from</source>
            <translation>병합: 두 사본이 시작한 원본</translation>
        </message>
        <message>
            <source>Merged from the map the live session started with (%1).</source>
            <translation>실시간 공동 편집을 시작할 때의 지도를 원본으로 병합했습니다 (%1).</translation>
        </message>
        <message>
            <source>Nothing to merge: the other copy adds no change.</source>
            <translation>병합할 것이 없습니다: 다른 사본에 새 변경 사항이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>VoteDialog</name>
        <message>
            <source>A person may put several dots on one card</source>
            <translation>한 사람이 한 카드에 점을 여러 개 찍을 수 있음</translation>
        </message>
        <message>
            <source>Cards to vote on</source>
            <translation>투표할 카드</translation>
        </message>
        <message>
            <source>Dot vote</source>
            <translation>점 투표</translation>
        </message>
        <message>
            <source>Dots per participant</source>
            <translation>참가자당 점</translation>
        </message>
        <message>
            <source>Hide the counts until the reveal</source>
            <translation>공개 전까지 개수 숨기기</translation>
        </message>
        <message>
            <source>Name at least one participant.</source>
            <translation>참가자를 한 명 이상 적어 주세요.</translation>
        </message>
        <message>
            <source>Participant %1</source>
            <translation>참가자 %1</translation>
        </message>
        <message>
            <source>Participants (one a line)</source>
            <translation>참가자 (한 줄에 한 명)</translation>
        </message>
        <message>
            <source>Start voting</source>
            <translation>투표 시작</translation>
        </message>
        <message>
            <source>The focused lane</source>
            <translation>선택한 레인</translation>
        </message>
        <message>
            <source>The focused stage</source>
            <translation>선택한 단계</translation>
        </message>
        <message>
            <source>The whole map</source>
            <translation>지도 전체</translation>
        </message>
        <message>
            <source>Two participants have the same name.</source>
            <translation>두 참가자의 이름이 같습니다.</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>&amp;Create map</source>
            <translation>지도 만들기(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Open a file…</source>
            <translation>파일 열기(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Recent maps</source>
            <translation>최근 지도(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Templates</source>
            <translation>템플릿(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Welcome…</source>
            <translation>시작 화면(&amp;W)…</translation>
        </message>
        <message>
            <source>Language of the map's content</source>
            <translation>지도 내용의 언어</translation>
        </message>
        <message>
            <source>Map &amp;language:</source>
            <translation>지도 언어(&amp;L):</translation>
        </message>
        <message>
            <source>No recent maps yet</source>
            <translation>최근 지도가 아직 없습니다</translation>
        </message>
        <message>
            <source>Open the &amp;sample map</source>
            <translation>예제 지도 열기(&amp;S)</translation>
        </message>
        <message>
            <source>Recent maps</source>
            <translation>최근 지도</translation>
        </message>
        <message>
            <source>Start a new journey map from a template, or open one you have.</source>
            <translation>템플릿으로 새 여정 지도를 시작하거나 가지고 있는 지도를 여세요.</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>템플릿</translation>
        </message>
        <message>
            <source>Welcome to CJM Desktop</source>
            <translation>CJM Desktop에 오신 것을 환영합니다</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Presenting a journey map</source>
            <translation>고객 여정 지도 발표 중</translation>
        </message>
        <message>
            <source>Timer %1</source>
            <translation>타이머 %1</translation>
        </message>
        <message>
            <source>Timer %1 (paused)</source>
            <translation>타이머 %1 (일시 정지)</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEdits</name>
        <message>
            <source>Record dot vote</source>
            <translation>점 투표 기록</translation>
        </message>
        <message>
            <source>Set workshop plan</source>
            <translation>워크숍 계획 설정</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEnd</name>
        <message>
            <source>Could not write the workshop files into %1: %2</source>
            <translation>워크숍 파일을 %1에 쓸 수 없습니다: %2</translation>
        </message>
        <message>
            <source>End workshop</source>
            <translation>워크숍 마치기</translation>
        </message>
        <message>
            <source>End workshop: save into</source>
            <translation>워크숍 마치기: 저장할 폴더</translation>
        </message>
        <message>
            <source>Wrote the map, the workbook, a PDF and the summary into %1.</source>
            <translation>지도, 통합 문서, PDF와 요약을 %1에 썼습니다.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopMenu</name>
        <message>
            <source>&amp;Dot vote…</source>
            <translation>점 투표(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;End workshop…</source>
            <translation>워크숍 마치기(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Invite participants…</source>
            <translation>참가자 초대(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>발표(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Score emotions</source>
            <translation>감정 점수 매기기(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Timer…</source>
            <translation>타이머(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>워크숍(&amp;W)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(제목 없음)</translation>
        </message>
        <message>
            <source>A countdown for the room, shown on the presentation</source>
            <translation>발표 화면에 크게 보이는 카운트다운</translation>
        </message>
        <message>
            <source>Main tool bar</source>
            <translation>기본 도구 모음</translation>
        </message>
        <message>
            <source>Participants join from their phones over this network and send notes</source>
            <translation>참가자가 이 네트워크에서 휴대폰으로 접속해 메모를 보냅니다</translation>
        </message>
        <message>
            <source>Participants put dots on cards; reveal ranks them</source>
            <translation>참가자가 카드에 점을 찍고, 공개하면 순위가 나옵니다</translation>
        </message>
        <message>
            <source>Run the map's plan: %1</source>
            <translation>지도의 계획 진행: %1</translation>
        </message>
        <message>
            <source>Set the focused stage's emotion with 1–5 on the presentation</source>
            <translation>발표 화면에서 선택한 단계의 감정을 1–5로 매깁니다</translation>
        </message>
        <message>
            <source>Show the map full screen for the room, one stage at a time</source>
            <translation>지도를 전체 화면으로 한 단계씩 보여 줍니다</translation>
        </message>
        <message>
            <source>Workshop p&amp;lan</source>
            <translation>워크숍 계획(&amp;L)</translation>
        </message>
        <message>
            <source>Write the map, workbook, PDF and a summary page into a folder</source>
            <translation>지도, 통합 문서, PDF와 요약 페이지를 폴더에 씁니다</translation>
        </message>
    </context>
    <context>
        <name>WorkshopTimer</name>
        <message>
            <source> min</source>
            <translation>분</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1분</translation>
        </message>
        <message>
            <source>&amp;Custom time:</source>
            <translation>직접 입력(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>일시 정지(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>초기화(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>시작(&amp;S)</translation>
        </message>
        <message>
            <source>+&amp;1 min</source>
            <translation>+1분(&amp;1)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Key %1</source>
            <translation>%1 키</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>계속(&amp;U)</translation>
        </message>
        <message>
            <source>S&amp;et</source>
            <translation>설정(&amp;E)</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>타이머</translation>
        </message>
    </context>
    <context>
        <name>self.form</name>
        <message>
            <source>Choose a colour</source>
            <translation>색 선택</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>&amp;Actual Size (100 %)</source>
            <translation>실제 크기(100 %)(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>복사(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>삭제(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>찾기(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>지도 전체 보기(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>붙여넣기(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Personas</source>
            <translation>페르소나(&amp;P)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>잘라내기(&amp;T)</translation>
        </message>
        <message>
            <source>Dup&amp;licate</source>
            <translation>복제(&amp;L)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>찾기</translation>
        </message>
        <message>
            <source>Find / Filter &amp;Bar</source>
            <translation>찾기/필터 막대(&amp;B)</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>모두 선택(&amp;A)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>확대(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>축소(&amp;O)</translation>
        </message>
    </context>
</TS>
