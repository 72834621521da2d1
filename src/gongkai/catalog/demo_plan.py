"""The seed's 规范性文件 facts the demo must reproduce (淄博市2020年政府信息公开工作年度报告).

City-wide, year 2020, format 2019: 规章 0 / 0 / 79 (all made by 淄博市人民政府 before 2020),
规范性文件 127 / 127 / 1443, spread over governments and departments. Lifecycle events:
淄政字〔2020〕103号 continued 30 expired city-government documents, 淄政字〔2020〕55号 abolished 3,
淄政办字〔2020〕59号 abolished 1; 淄政发〔2020〕13号 is 《淄博市行政规范性文件管理办法》.
"""

from datetime import date

# 规范性文件 published per year; 2010–2019 add up to 1443 − 127 = 1316.
NORMATIVE_PER_YEAR = {2010: 96, 2011: 104, 2012: 112, 2013: 120, 2014: 128, 2015: 136, 2016: 142, 2017: 150,
                      2018: 160, 2019: 168, 2020: 127, 2021: 118}
# 规章 of 淄博市人民政府 per year: 79 up to 2019, none in 2020.
RULES_PER_YEAR = {2005: 6, 2006: 6, 2007: 6, 2008: 6, 2009: 6, 2010: 6, 2011: 6, 2012: 6, 2013: 6, 2014: 5,
                  2015: 4, 2016: 4, 2017: 4, 2018: 4, 2019: 4, 2021: 2}
# Share of each year's 规范性文件 by issuer group.
ISSUER_SHARES = (("city_government", 0.22), ("city_department", 0.30), ("county_government", 0.18),
                 ("county_department", 0.30))

CONTINUED_BY = ("淄政字〔2020〕103号", "淄博市人民政府关于继续执行部分市政府行政规范性文件的通知", date(2020, 10, 20))
CONTINUED_UNTIL = date(2025, 10, 19)
CONTINUED_NAMED = "淄博市人民政府关于进一步加强土地使用权管理的决定"
CONTINUED_COUNT = 30
ABOLISHED_BY = ("淄政字〔2020〕55号", "淄博市人民政府关于废止部分文件的通知", date(2020, 6, 5))
ABOLISHED = [("淄博市国有企业破产实施意见(试行)", date(2011, 5, 16)),
             ("淄博市人民政府关于加快发展城市公共交通的意见", date(2012, 8, 3)),
             ("淄博市人民政府关于进一步规范建设工程招标投标活动的通知", date(2013, 4, 22))]
OFFICE_ABOLISHED_BY = ("淄政办字〔2020〕59号",
                       "淄博市人民政府办公室关于废止《淄博市人民政府办公厅关于完善公积金管理扩大住房消费的实施意见》的通知",
                       date(2020, 11, 12))
OFFICE_ABOLISHED = ("淄博市人民政府办公厅关于完善公积金管理扩大住房消费的实施意见", date(2015, 9, 8))
MANAGEMENT_MEASURES = ("淄政发〔2020〕13号", "淄博市行政规范性文件管理办法", date(2020, 5, 18))

# Filler content per year at scale 1 (the seed does not count these).
POLICIES_PER_YEAR = 200
GENERAL_PER_YEAR = 600
RECORDS_PER_YEAR = {2020: 9000, 2021: 7000}
CONTENT_YEARS = (2019, 2020, 2021)
INTERPRETED_SHARE = 0.7
