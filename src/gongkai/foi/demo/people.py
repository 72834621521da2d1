"""Synthetic applicants, staff names and request subjects for the demo (deterministic, plain Python).

Names are common Chinese surnames and given names; ID numbers carry Zibo address codes and valid
GB 11643 check characters; organisations have valid 统一社会信用代码. None is a real person's.
"""

import random
from datetime import date

from gongkai.foi.rules import resident_id
from gongkai.orgs import credit_code

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国志新春海燕庆利文斌波宁辉鹏飞慧琳晓东"
         "雪梅立鑫凯瑞欣怡子涵浩然宇轩佳琪思远德胜永福长青振华淑珍凤英秀兰桂芝")
# 淄博市 districts and counties: address codes for ID numbers and addresses.
DISTRICTS = (("370302", "淄川区"), ("370303", "张店区"), ("370304", "博山区"), ("370305", "临淄区"),
             ("370306", "周村区"), ("370321", "桓台县"), ("370322", "高青县"), ("370323", "沂源县"))
ROADS = ("人民西路", "柳泉路", "共青团路", "华光路", "西六路", "新村西路", "北京路", "联通路", "昌国路", "金晶大道",
         "般阳路", "和平路", "萌山路", "齐园路", "丝绸路", "建设路")
WORDS = ("鲁中", "齐鲁", "华泰", "鑫源", "恒信", "金城", "新华", "瑞丰", "宏达", "博瑞", "东岳", "泰和", "汇通", "丰源",
         "天成", "佳诚", "明德", "嘉禾", "齐都", "般阳")
TRADES = ("陶瓷", "化工", "机械制造", "房地产开发", "建筑安装", "物流", "纺织", "新材料", "医药", "商贸", "食品",
          "环保科技", "置业", "电气", "农业科技")
PLACES = ("南定", "傅家", "湖田", "马尚", "中埠", "房镇", "四宝山", "科苑", "和平", "车站", "公园", "体育场", "杏园",
          "沣水", "北郊", "洪山", "昆仑", "龙泉", "寨里", "罗村", "齐都", "辛店", "稷下", "朱台", "凤凰", "金岭")
SUBJECTS = (
    "{place}{year}年集体土地征收的征地批复文件及征地补偿安置方案",
    "{place}片区棚户区改造项目的房屋征收决定及补偿方案",
    "{place}{road}拓宽改造工程的立项批复和建设工程规划许可证",
    "{place}村{year}年土地征收听证告知书及送达回证",
    "{word}{trade}有限公司建设项目的环境影响评价批复文件",
    "{year}年度本机关部门预算、决算及“三公”经费使用情况",
    "{place}社区{year}年城乡低保对象名单及审批材料",
    "{place}{year}年农村危房改造补助资金发放情况",
    "{road}沿线违法建设拆除的行政处罚决定书",
    "{place}安置区回迁房分配方案及分配结果",
    "{year}年本机关办理的关于{place}村土地承包的信访事项答复材料",
    "{word}{trade}有限公司的安全生产许可证及年度检查记录",
    "{place}中学新建校舍项目的招标文件及中标结果",
    "{year}年{place}供热管网改造工程的资金拨付文件",
    "本人房屋所在{place}地块的国有土地使用权出让合同",
)


class People:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.codes: set[str] = set()

    def person_name(self) -> str:
        given = self.rng.choice(GIVEN) + (self.rng.choice(GIVEN) if self.rng.random() < 0.7 else "")
        return self.rng.choice(SURNAMES) + given

    def resident_number(self) -> tuple[str, str]:
        code, district = self.rng.choice(DISTRICTS)
        born = date(1945 + self.rng.randrange(56), 1 + self.rng.randrange(12), 1 + self.rng.randrange(28))
        return resident_id.generate(code, born, self.rng), district

    def credit_code(self, applicant_type: str) -> str:
        category = {"commercial": "91", "research": "12", "public_interest": "52", "legal_service": "31",
                    "other_org": "Y1"}[applicant_type]
        while True:
            code = credit_code.generate(self.rng.choice(DISTRICTS)[0], self.rng, category=category)
            if code not in self.codes:
                self.codes.add(code)
                return code

    def organisation_name(self, applicant_type: str) -> str:
        word, place = self.rng.choice(WORDS), self.rng.choice(PLACES)
        return {
            "commercial": f"淄博{word}{self.rng.choice(TRADES)}有限公司",
            "research": f"淄博{word}{self.rng.choice(('新材料', '陶瓷', '化工', '农业'))}研究院",
            "public_interest": f"淄博市{place}{self.rng.choice(('公益服务中心', '环境保护志愿者协会', '助老服务中心'))}",
            "legal_service": f"山东{word}律师事务所",
            "other_org": f"{place}{self.rng.choice(('村股份经济合作社', '小区业主委员会'))}",
        }[applicant_type]

    def mobile(self) -> str:
        return self.rng.choice(("138", "139", "135", "150", "151", "158", "186", "187", "133", "177")) + \
            f"{self.rng.randrange(10**8):08d}"

    def address(self, district: str | None = None) -> str:
        district = district or self.rng.choice(DISTRICTS)[1]
        return f"山东省淄博市{district}{self.rng.choice(ROADS)}{1 + self.rng.randrange(300)}号"

    def subject(self, year: int) -> str:
        return self.rng.choice(SUBJECTS).format(place=self.rng.choice(PLACES), year=year - self.rng.randrange(3),
                                                road=self.rng.choice(ROADS), word=self.rng.choice(WORDS),
                                                trade=self.rng.choice(TRADES))
