"""Templates the demo writes its catalog from (no scraped text): subjects per topic, title and
paragraph patterns, 结果公开 matters. Plain Python."""

from gongkai.catalog.models.choices import Genre, Topic

SUBJECTS = {
    Topic.CONSTRUCTION: ["棚户区改造", "老旧小区改造", "城市更新", "建设项目环境影响评价", "城市绿化管理", "海绵城市建设",
                         "建筑垃圾处置", "物业服务管理"],
    Topic.LAND: ["土地使用权管理", "国有建设用地供应", "节约集约用地", "矿产资源开发利用", "天然气供应保障"],
    Topic.FINANCE: ["财政资金绩效管理", "政府债务风险防范", "预算管理制度改革", "普惠金融发展", "内部审计工作"],
    Topic.ECONOMY: ["优化营商环境", "国有企业改革", "民营经济高质量发展", "重大项目建设", "新旧动能转换"],
    Topic.AGRICULTURE: ["高标准农田建设", "农村人居环境整治", "农业产业化发展", "河长制湖长制", "防汛抗旱"],
    Topic.INDUSTRY: ["工业企业技术改造", "交通运输安全管理", "新能源汽车推广应用", "化工园区规范管理"],
    Topic.COMMERCE: ["消费市场促进", "全域旅游发展", "外贸稳增长", "电子商务发展"],
    Topic.MARKET: ["食品安全监管", "安全生产责任制", "特种设备安全", "药品零售监督", "产品质量提升"],
    Topic.EDUCATION: ["义务教育均衡发展", "学前教育普惠", "科技创新平台建设", "职业教育改革"],
    Topic.CULTURE: ["公共文化服务体系建设", "文物保护利用", "陶瓷琉璃产业发展", "全民阅读推广"],
    Topic.HEALTH: ["基层医疗卫生服务", "疫情防控常态化", "全民健身", "家庭医生签约服务"],
    Topic.LABOUR: ["就业创业扶持", "高校毕业生就业", "职业技能提升行动", "事业单位公开招聘", "社会保险待遇调整"],
    Topic.SECURITY: ["扫黑除恶专项斗争", "公共法律服务体系建设", "行政执法公示", "电动自行车管理"],
    Topic.CIVIL_AFFAIRS: ["城乡低保标准调整", "特困人员救助供养", "养老服务体系建设", "救灾物资储备", "残疾人两项补贴"],
    Topic.GENERAL_AFFAIRS: ["政务公开", "行政规范性文件管理", "政府信息公开", "重大行政决策程序", "12345政务服务热线"],
}

# Title shapes: (pattern, 体裁). {issuer} is the unit's name, {subject} a subject of the topic.
NORMATIVE_TITLES = [
    ("{issuer}关于进一步加强{subject}工作的意见", Genre.OPINION),
    ("{issuer}关于印发{place}{subject}管理办法的通知", Genre.NOTICE),
    ("{issuer}关于印发{place}{subject}实施细则的通知", Genre.NOTICE),
    ("{issuer}关于规范{subject}有关事项的通知", Genre.NOTICE),
    ("{issuer}关于推进{subject}的实施意见", Genre.OPINION),
    ("{issuer}关于{subject}的若干规定", Genre.DECISION),
]
POLICY_TITLES = [
    ("{issuer}关于做好{year}年{subject}工作的通知", Genre.NOTICE),
    ("{issuer}关于印发{year}年{subject}工作要点的通知", Genre.NOTICE),
    ("{issuer}关于{subject}工作情况的通报", Genre.CIRCULAR),
    ("{issuer}关于{subject}的公告", Genre.ANNOUNCEMENT),
]
RULE_TITLES = ["淄博市{subject}管理办法", "淄博市{subject}规定", "淄博市{subject}实施办法"]

# General information: (column code, title pattern, 主题分类).
GENERAL_TITLES = [
    ("functions", "{issuer}机构职能和联系方式", Topic.ORGANISATION),
    ("budget", "{issuer}{year}年部门预算公开", Topic.FINANCE),
    ("budget", "{issuer}{prev}年部门决算公开", Topic.FINANCE),
    ("statistics", "{place}{year}年{month}月主要经济指标", Topic.ECONOMY),
    ("plans", "{place}{subject}专项规划（{year}—{end}年）", Topic.ECONOMY),
    ("projects", "{place}{year}年重点建设项目实施情况", Topic.CONSTRUCTION),
    ("livelihood", "{place}{year}年{subject}资金发放情况公示", Topic.CIVIL_AFFAIRS),
    ("emergency", "{issuer}{subject}应急预案", Topic.SECURITY),
    ("inspection", "{issuer}{year}年{subject}监督检查结果公示", Topic.MARKET),
    ("personnel", "{issuer}{year}年公开招聘工作人员简章", Topic.LABOUR),
    ("procurement", "{issuer}{year}年政府采购意向公开", Topic.FINANCE),
    ("fees", "{issuer}行政事业性收费项目目录", Topic.FINANCE),
    ("guide", "{issuer}政府信息公开指南", Topic.GENERAL_AFFAIRS),
    ("system", "{issuer}政府信息公开工作制度", Topic.GENERAL_AFFAIRS),
    ("other-statutory", "{issuer}{year}年{month}月{subject}工作动态", Topic.GENERAL_AFFAIRS),
]

PARAGRAPHS = [
    "为深入贯彻落实党中央、国务院和省委、省政府关于{subject}的决策部署，进一步做好{place}{subject}工作，"
    "结合本地实际，制定本文件。",
    "各级各部门要充分认识{subject}的重要意义，坚持以人民为中心的发展思想，把{subject}作为重点任务抓紧抓实，"
    "确保各项措施落地见效。",
    "主要目标：到{end}年，{place}{subject}制度体系基本健全，工作机制更加完善，群众满意度明显提升。",
    "严格落实建设项目环境影响评价制度，未依法进行影响评价的项目不得开工建设；涉及群众切身利益的事项，"
    "应当通过听证会、座谈会等形式广泛听取意见。",
    "加快推进棚户区改造和老旧小区改造，完善配套基础设施，改善群众居住条件，做好房屋征收与补偿信息公开。",
    "各单位应当按照《中华人民共和国政府信息公开条例》的规定，及时主动公开{subject}相关政策文件、"
    "办理结果和监督检查情况，自信息形成之日起20个工作日内予以公开。",
    "建立健全{subject}工作责任制，明确牵头单位和责任单位，定期调度工作进展，对工作不力的单位予以通报。",
    "加大财政资金支持力度，统筹安排专项资金，规范资金使用管理，提高资金使用绩效，接受审计监督和社会监督。",
    "本文件自{effective}起施行，有效期五年。此前有关规定与本文件不一致的，以本文件为准。",
    "本{genre}由{issuer}负责解释。执行中遇到的问题，请及时向{issuer}反映。",
]

INTERPRETATION_TITLES = ["《{title}》政策解读", "一图读懂《{title}》", "《{title}》答记者问"]
INTERPRETATION_PARAGRAPHS = [
    "一、起草背景。为贯彻落实上级关于{subject}的部署要求，解决当前工作中存在的突出问题，起草了《{title}》。",
    "二、主要内容。文件共分为总体要求、重点任务、保障措施三个部分，明确了{subject}的目标任务和责任分工。",
    "三、与以往政策相比的变化。进一步简化办事流程，压减办理时限，扩大政策覆盖范围，增强群众获得感。",
    "四、解读机关及联系方式：{issuer}，联系电话0533-31{phone}。",
]

RECORD_MATTERS = {
    "admin_license": ["食品经营许可", "药品零售企业许可", "建设工程规划许可", "排污许可", "道路运输经营许可",
                      "危险化学品经营许可", "公共场所卫生许可", "施工许可", "取水许可", "户外广告设置许可"],
    "admin_penalty": ["未按规定公示食品经营许可证", "超标排放大气污染物", "未取得建设工程规划许可证进行建设",
                      "销售不合格产品", "违反安全生产管理规定", "未按规定设置安全警示标志", "无证经营",
                      "擅自占用城市道路", "违规处置建筑垃圾", "价格违法行为"],
    "admin_coercion": ["查封涉案场所", "扣押涉案物品", "暂扣违法车辆", "强制拆除违法建筑"],
}
RECORD_CONTENT = {
    "admin_license": "准予许可，有效期至{until}。",
    "admin_penalty": "给予警告，并处罚款{amount}元。",
    "admin_coercion": "依法采取行政强制措施，期限{days}日。",
}
RECORD_ACTION = {"admin_license": "许", "admin_penalty": "罚", "admin_coercion": "强"}
COMPANY_PLACES = ["张店", "淄川", "博山", "临淄", "周村", "桓台", "高青", "沂源", "齐鲁", "鲁中", "华光", "金晶"]
COMPANY_TRADES = ["商贸", "建材", "化工", "陶瓷", "食品", "物流", "机械", "医药", "餐饮", "建筑工程", "新材料", "纺织"]
SURNAMES = "王张李刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"

# 机关代字 of city bodies, by a keyword of the unit's name.
CITY_CODES = {
    "发展和改革": "淄发改", "教育": "淄教", "科学技术": "淄科", "工业和信息化": "淄工信", "公安": "淄公",
    "财政": "淄财", "人力资源": "淄人社", "自然资源": "淄自然资规", "生态环境": "淄环", "交通运输": "淄交",
    "水利": "淄水", "农业农村": "淄农", "商务": "淄商务", "文化和旅游": "淄文旅", "卫生健康": "淄卫",
    "应急管理": "淄应急", "市场监督": "淄市监", "体育": "淄体", "医疗保障": "淄医保", "大数据": "淄数据",
    "投资促进": "淄投促", "民族宗教": "淄宗", "民政": "淄民", "司法": "淄司", "住房和城乡建设": "淄建",
    "城市管理": "淄城管", "退役军人": "淄退役", "审计": "淄审", "国有资产": "淄国资", "统计": "淄统",
    "行政审批": "淄审批", "信访": "淄信访", "金融": "淄金融", "人民防空": "淄人防", "办公室": "淄政办",
}
COUNTY_CODES = {"淄川区": "川", "张店区": "张", "博山区": "博", "临淄区": "临", "周村区": "周", "桓台县": "桓",
                "高青县": "高", "沂源县": "源", "高新区": "高新", "经济开发区": "经开", "文昌湖区": "文昌湖"}

# The usual 主题分类 of a body, by a word of its name (the demo picks subjects to match).
UNIT_TOPICS = {
    "财政": Topic.FINANCE, "审计": Topic.FINANCE, "金融": Topic.FINANCE, "教育": Topic.EDUCATION,
    "科学技术": Topic.EDUCATION, "住房": Topic.CONSTRUCTION, "城市管理": Topic.CONSTRUCTION,
    "生态环境": Topic.CONSTRUCTION, "自然资源": Topic.LAND, "农业": Topic.AGRICULTURE, "水利": Topic.AGRICULTURE,
    "工业": Topic.INDUSTRY, "交通": Topic.INDUSTRY, "商务": Topic.COMMERCE, "文化和旅游": Topic.CULTURE,
    "卫生": Topic.HEALTH, "体育": Topic.HEALTH, "医疗保障": Topic.HEALTH, "人力资源": Topic.LABOUR,
    "市场监督": Topic.MARKET, "应急": Topic.MARKET, "公安": Topic.SECURITY, "司法": Topic.SECURITY,
    "民政": Topic.CIVIL_AFFAIRS, "退役军人": Topic.CIVIL_AFFAIRS, "发展和改革": Topic.ECONOMY,
    "国有资产": Topic.ECONOMY, "投资促进": Topic.ECONOMY, "统计": Topic.ECONOMY,
}
