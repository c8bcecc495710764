#!/usr/bin/env python3
"""Mine entity names from public training datasets into resources/mined.tsv.

What it does
------------
Reads the training splits of three public Chinese information-extraction
datasets and writes a dictionary of names (Person, Organization, Place,
CreativeWork) in the same TSV format as resources/entities.tsv:

    type<TAB>name<TAB>aliases<TAB>wikidata

Only names are written (and a few short-name aliases), never a sentence.
Every name becomes a dictionary entry that kgpipe matches verbatim in any
text, so the filters below favour precision over size: names that are also
common words, generic noun phrases ("该公司", "商业银行"), roles, truncated
annotation spans, sports clubs named after cities, and names that the
curated resources/entities.tsv already holds are dropped.

Sources (training splits only; see datasets/README.md)
------------------------------------------------------
* CLUENER2020 fine-grained NER, train split. Xu et al., "CLUENER2020:
  Fine-grained Named Entity Recognition Dataset and Benchmark for Chinese",
  arXiv:2001.04351.  company/organization/government -> Organization,
  name -> Person, address -> Place (well-formed place names only),
  book/movie -> CreativeWork (titles seen between 《》).
* DuIE 2.0 relation extraction (Baidu; Baidu's data terms, research use).
  Subjects and objects of 创始人, 董事长, 总部地点, 成立日期, 毕业院校,
  简称 (gives an alias) and 注册资本, typed by duie_schema.json.
* FinRE financial relation extraction (MIT licence, see finre/LICENSE.repo).
  Head/tail entities ending in an organisation suffix -> Organization.

Every labelled mention also votes for a type (other DuIE relations, CLUENER
game/position labels, club mentions in match reports vote "not emitted");
a name keeps its majority type and is dropped on a tie.

Usage (from the repository root):
    python3 tools/mine_names.py --datasets ../shared/datasets --out resources/mined.tsv

Standard library only; deterministic (sorted by type, then name) for given
inputs. The output depends on resources/entities.tsv and resources/places.tsv (read at run time,
--entities to override): names, aliases and legal-name variants of curated
entries are left out, so regenerate after editing the curated list. Set
MINE_DEBUG=1 to see on stderr what the later filters dropped.
"""

import argparse
import collections
import json
import os
import re
import sys

# --------------------------------------------------------------------------
# Hand lists (knowledge, not per-sentence rules)
# --------------------------------------------------------------------------

# Words that are never entity names on their own, whatever label they got.
GENERIC_WORDS = set("""
政府 警方 法院 公安 银行 医院 学校 大学 中学 小学 中央 国家 央行 队 球队 主队 客队 国家队
公司 本公司 该公司 子公司 母公司 上市公司 集团公司 集团 企业 工厂 单位 部门 机关 机构 组织
市政府 省政府 县政府 区政府 人民政府 当地政府 地方政府 中央政府 联邦政府 国务院办公厅
法庭 检察院 公安局 派出所 交警 消防 税务 工商 海关 边防 军方 部队 军队 海军 陆军 空军
委员会 协会 学会 基金会 研究所 研究院 实验室 交易所 俱乐部 联盟 联合会 商会 工会 党委 支部
商业银行 中央银行 投资银行 股份制银行 城商行 农商行 国有银行 外资银行 中资银行 村镇银行
保险公司 证券公司 基金公司 投资公司 科技公司 互联网公司 房地产公司 博彩公司 信托公司
监管部门 有关部门 相关部门 主管部门 职能部门 公安机关 司法机关 行政机关 执法部门
图书馆 博物馆 美术馆 体育馆 电影院 火车站 汽车站 飞机场 机场 码头 车站 酒店 宾馆 饭店
市区 城区 郊区 景区 社区 小区 地区 山区 园区 校区 辖区 新区 开发区 高新区 保税区 工业区
公园 花园 家园 校园 乐园 庄园 广场 大厦 大街 马路 公路 铁路 道路 街道 农村 乡村 城市 城镇
全国 全球 世界 国际 国内 国外 海外 境内 境外 本地 外地 当地 各地 内地 大陆 本土 祖国 我国
中心 总部 总行 分行 支行 总部大楼 写字楼 商场 超市 市场 菜市场 商业街 步行街
读者 作者 记者 编辑 网友 专家 学者 球迷 玩家 用户 客户 股民 基民 业主 市民 村民 居民
福利彩票 体育彩票 房屋中介 消费者组织 购物街 投注站 彩票投注站 彩票站 营业网点 网点 分支机构 金融机构 银行业金融机构 中介机构 评级机构 投资机构
""".split())

# Words that make a suffixed name a description, not a name (该公司,
# 上市公司, 当地政府 ...): a name that is only these plus an organisation
# head is generic.
GENERIC_MODIFIERS = set("""
本 该 此 其 各 某 这 那 每 全 总 分 子 母 大 小 新 老 原 前 现 我 贵 省 市 县 区 镇 乡 村 州 两 多 几 一
这家 那家 一家 两家 多家 几家 每家 这个 那个 我们 我国 本国 外国 各国 各级 各地 当地 地方 有关 相关
上市 非上市 国有 国营 民营 私营 外资 中资 合资 独资 内资 美资 日资 韩资 港资 台资 欧美 跨国 全球 国际 国内
国外 海外 境内 境外 本地 大型 中型 小型 中小 中小型 知名 著名 主要 重点 龙头 优质 股份制 城市 农村 地方性
商业 民间 正规 非法 地下 网上 网络 在线 传统 新兴 新型 专业 综合 一般 普通 其他 其它 同类 同行 对手 竞争
竞争对手 合作 伙伴 合作伙伴 第三方 主管 监管 管理 行政 执法 司法 政法 基层 中央 省级 市级 县级 区级
联邦 州立 市立 公立 私立 民办 公办 境外上市 海外上市 中国概念 概念 相关概念 知名品牌 品牌 中央级 储户
""".split())

# Industry words: a name that is one of these plus an organisation head
# (科技公司, 投资银行, 保险公司) is generic too.
INDUSTRY_WORDS = set("""
信息 燃料 电脑 科技 技术 互联网 网络 金融 证券 保险 基金 投资 信托 资产管理 资管 博彩 彩票 体育 游戏 汽车 地产 房地产
医药 医疗 电力 能源 航空 物流 电商 传媒 媒体 咨询 律师 会计 广告 担保 贷款 小额贷款 融资 评级 租赁
软件 电子 通信 电信 半导体 芯片 智能 人工智能 数据 云计算 新能源 光伏 化工 钢铁 煤炭 石油 电器 家电
服装 食品 饮料 餐饮 零售 百货 建筑 建设 工程 装饰 物业 酒店 旅游 教育 培训 文化 娱乐 影视 出版 印刷
快递 运输 航运 船舶 机械 制造 实业 贸易 商贸 控股 资本 股份 银行 创投 风投 私募 公募 期货 财险 寿险
外贸 进出口 网游 手游 动漫 音乐 唱片 经纪 演艺 拍卖 典当 评估 审计 会展 安防 环保 水务 燃气 热力 天然气
""".split())

# Government functions: 民政局, 质监局, 教育局, 财务委员会 name an office of
# any city, not one organisation (national ministries end in 部 and stay).
FUNCTION_WORDS = set("""
财务 人事 宣传 纪律 纪检 监察 审计 教育 民政 公安 税务 国税 地税 卫生 卫计 医疗卫生 质监 质检 技监 工商 国土
规划 城管 城建 建设 房管 房产 环保 环卫 交通 交警 农业 农委 林业 水利 水务 商务 外事 侨务 统计 物价 安监 司法
财政 人社 劳动 社保 住建 经信 科技 文化 体育 旅游 文旅 文广 广电 新闻 市场监管 食药监 药监 信访 档案 气象
地震 海洋 渔业 粮食 烟草 邮政 供电 供水 燃气 消防 应急 武装 治安 刑侦 经侦 网安 组织 统战 政法 老干 编办
土地 矿产 国资 金融 证券 银行 保险 外汇 海关 边防 出入境 招商 投资促进 残联 妇联 团委 工会 计生 人防 民防
""".split())
LOCAL_HEADS = ("委员会", "办公室", "管理局", "分局", "局", "厅", "处", "科", "所", "站", "办", "中心", "机构",
               "支队", "大队", "队", "委", "部门", "机关")

# Endings of events, not organisations (世界杯, 邀请赛, 高峰论坛).
EVENT_TAILS = ("杯", "赛", "论坛", "峰会", "博览会", "展览会", "展会", "运动会", "奥运会", "亚运会", "年会", "晚会",
               "颁奖礼", "典礼", "仪式", "节", "大赛", "比赛", "竞猜", "活动", "会议", "研讨会", "发布会",
               "讯", "报道", "消息")
EVENT_EXCEPTIONS = ("代表大会",)

# Organisation heads stripped when testing for generic phrases, longest first.
ORG_HEADS = sorted(set("""
股份有限公司 有限责任公司 有限公司 集团公司 股份公司 控股公司 集团有限公司 总公司 公司 集团 银行 商行 证券 保险
基金 资本 投资 控股 科技 股份 实业 航空 电力 医药 汽车 地产 政府 人民政府 法院 人民法院 中级人民法院
高级人民法院 检察院 人民检察院 公安局 派出所 医院 人民医院 学校 大学 学院 中学 小学 委员会 协会 学会
基金会 研究所 研究院 研究中心 中心 实验室 交易所 部门 机关 机构 部队 单位 组织 企业 工厂 厂 店 事务所
俱乐部 队 球队 网 台 电视台 报社 杂志社 出版社 联合会 商会 联盟 办公室 局 厅 署 委
""".split()), key=len, reverse=True)

# Legal-form heads that may be stripped repeatedly (集团有限公司 -> 集团 -> '').
LEGAL_HEADS = sorted(set("""
股份有限公司 有限责任公司 有限公司 集团有限公司 集团公司 股份公司 控股公司 总公司 公司 集团 股份 控股
""".split()), key=len, reverse=True)

# Endings that make an organisation name a branch or an internal department.
SUBUNIT_TAILS = sorted(set("""
分行 支行 总行 分公司 子公司 分局 分所 分院 分会 分校 分部 分社 分中心 营业部 营业厅 办事处 事业部 事业群
代表处 总部 门店 专卖店 旗舰店 实体店 分店 支队 大队 中队 小队 分队
""".split()), key=len, reverse=True)

# Organisation heads that, inside a name followed by a department word,
# mark the name as a sub-unit (交通银行信用卡中心, 某协会企业发展部).
INNER_ORG_HEADS = ["银行", "公司", "集团", "协会", "大学", "学院", "研究院", "委员会", "医院", "政府", "法院", "院",
                   "所", "局", "部", "委", "机关"]
DEPARTMENT_TAILS = ("部", "处", "科", "室", "组", "中心", "所", "办", "站", "系", "班", "团", "社", "局")

# Endings that make a would-be organisation a role or a person description.
ROLE_TAILS = sorted(set("""
人 者 员 师 生 手 士 长 官 家 迷 友 民 工 主席 总裁 经理 董事 主任 秘书 书记 代表 顾问 嘉宾 先生 女士 小姐
""".split()), key=len, reverse=True)
ROLE_TAIL_EXCEPTIONS = ("学院", "研究生院", "商会", "议会", "国会", "书院", "医院", "剧院", "法院", "博物馆")

# Suffixes that make a FinRE entity an organisation (the brief's list).
FINRE_ORG_SUFFIXES = ("公司", "集团", "银行", "证券", "保险", "控股", "科技", "股份", "基金", "资本", "投资",
                      "航空", "电力", "实业", "医药", "汽车", "地产")

# Suffixes that make a CLUENER address a place name.
PLACE_SUFFIXES = ("省", "市", "县", "区", "州", "镇", "村", "路", "街", "大厦", "广场", "园", "岛", "湾")

# Generic place endings: the part before them must itself be a name.
GENERIC_PLACE_TAILS = sorted(set("""
公园 花园 家园 校园 乐园 庄园 幼儿园 动物园 植物园 产业园 科技园 工业园 软件园 游乐园 陵园 墓园 果园 菜园 茶园
广场 大厦 商厦 大街 商业街 步行街 美食街 小吃街 老街 古街 大道 公路 铁路 马路 道路 高速路 高速公路 环路 小路 路
市区 城区 郊区 景区 社区 小区 地区 山区 园区 校区 辖区 新区 开发区 高新区 保税区 工业区 商务区 商业区
住宅区 别墅区 核心区 风景区 旅游区 功能区 示范区 试验区 自贸区 实验区 特区 老区 灾区 牧区 矿区 港区 片区
新城 新村 农村 乡村 山村 渔村 小镇 古镇 乡镇 城镇 重镇 海岛 小岛 半岛 岛 港湾 海湾 湾 省 市 县 区 州 镇 村 街 园
""".split()), key=len, reverse=True)

# Words that cannot be the name part of a place (中心广场, 世纪广场, 东部地区).
GENERIC_PLACE_STEMS = set("""
中心 人民 市民 文化 商业 商务 中央 国际 世纪 时代 东方 西方 城市 新城 老城 市中心 城中 城东 城西 城南 城北
东部 西部 南部 北部 中部 东南 东北 西南 西北 东南部 东北部 西南部 西北部 周边 附近 全国 全省 全市 本市 本省
我国 我市 我省 该市 该省 该县 该区 当地 各地 沿海 内陆 偏远 贫困 经济 科技 工业 产业 软件 高新 高科技
金融 旅游 休闲 生态 开发 保税 自由 自由贸易 综合 国家级 省级 市级 县级 示范 试点 核心 主要 重点 附属
欧美 亚非 亚欧 中外 海内外 一个 这个 那个 整个 其他 另一 同一 所在 主城 老 新 大 小 东 西 南 北 中 前 后 上 下 内 外
公务员 运动员 教练 记者 媒体 员工 职工 教师 学生 项目 规划 解困 安置 保障房 经适房 廉租房 棚户 示范
""".split())

# Words inside a description of a location rather than a name.
PLACE_FUNCTION_WORDS = ("的", "位于", "附近", "涉及", "一带", "之间", "以东", "以西", "以南", "以北", "对面", "旁边",
                        "境内", "沿岸的", "某")
# Endings that look like place suffixes but are not places (物美超市, 楼市).
NOT_PLACE_TAILS = ("超市", "股市", "楼市", "车市", "夜市", "集市", "黑市", "都市", "城市", "菜市", "牛市", "熊市",
                   "上市", "开市", "休市", "军区", "灾区", "赛区", "展区", "营区", "战区", "禁区", "误区", "选区", "考区")
# Tails that add nothing to a place already in the list (上海地区 = 上海).
REDUNDANT_PLACE_TAILS = ("地区", "市区", "城区", "一带", "境内", "全境", "本土", "当地")
# What may follow a place name inside a longer place name that is itself one
# name (南京东路, 深圳湾, 丽泽商务区): roads, and generic place heads.
ROAD_PIECES = ("东路", "西路", "南路", "北路", "中路", "大街", "大道", "东街", "西街", "南街", "北街", "路", "街",
               "湾", "岛", "港", "站", "桥", "门", "山", "河", "湖")

# Words in which 市 省 县 州 区 is not an administrative suffix.
NOT_SUFFIX_WORDS = set("""
市场 市值 市盈 市民 市面 市井 市长 市委 市政 市容 市价 市况 市级 区块 区域 区别 区间 区分 区位 区长 区委 区级
省钱 省去 省力 省略 省心 省时 省电 省长 省委 省级 省份 县长 县委 县级 州长
上市 股市 城市 超市 楼市 车市 都市 开市 休市 夜市 黑市 集市 菜市 门市 牛市 熊市 退市 闭市 街市 收市 全市 本市 该市
地区 社区 小区 景区 园区 市区 城区 郊区 校区 灾区 辖区 新区 老区 特区 片区 专区 营区 禁区 误区 赛区 展区 战区
军区 选区 考区 牧区 矿区 湾区 街区 专区 分区 全区 本区 该区 各区 东区 西区 南区 北区
节省 反省 本省 全省 外省 该省 各省 两省 本县 全县 该县 各县 郡县 神州 九州 本州 各州 该州 全州
""".split())

# Countries end in 国; these stems do not make a country.
NOT_COUNTRY_STEMS = set("""
全 各 外 本 我 该 两 王 帝 祖 出 回 大 强 诸 邻 他 异 敌 岛 列 小 中立 联合 盟 爱 建 治 立 开 归 举 报 卖
殉 护 救 亡 战 万 一 二 三 四 五 六 七 八 九 十 合众 共和 民 天 谁 那 这 某 其 入 来 去 出 游 美丽 理想
""".split())

# Titles that are also everyday words or idioms.
COMMON_TITLES = set("""
天方夜谭 天上人间 鸢尾花 罂粟花 神枪手 游戏作弊 机器人 亲爱的 花样年华 十面埋伏 兵临城下 出水芙蓉 背道而驰 神出鬼没
天涯海角 春光乍泄 时时刻刻 十全九美 练习曲 四重奏 黑与白 灵与肉 精气神 小美女 急诊室 兄弟会 独立日 乌托邦 女招待
隐形人 追击者 残次品 流量池 钱袋子 铁三角 牧马人 潜水人 秋意浓 大预言 我的最爱 完美假日 婚礼之后 自由驰骋 投名状
""".split())

# Endings of titles that are laws, rules and reports rather than works.
NOT_WORK_TAILS = ("法", "法案", "条例", "办法", "规定", "细则", "意见", "通知", "决定", "纲要", "规划", "方案",
                  "白皮书", "报告", "指引", "公告", "标准", "规范", "制度", "章程", "决议", "协议", "合同",
                  "许可证", "证明", "情况", "名称", "申请表", "问答", "手册", "须知", "指标体系", "研究")

# Two-character words that start with a surname character but are words.
COMMON_TWO_CHAR = set("""
高明 高兴 高手 高层 高速 高端 高峰 高考 高价 高原 高温 常年 常见 常务 文明 文化 文章 方便 方面 方向 方法 方案
程序 向前 明星 明天 明显 明确 金融 金牌 金额 金钱 江山 江湖 黄金 黄色 白色 白天 白领 石油 石头 安全 安排
安静 周末 周年 周边 朱红 马上 马路 关键 关心 关注 关系 关于 成功 成本 成绩 成立 成为 成熟 成果 成员 万元
万一 万家 全面 全部 全球 全国 时间 时代 时候 时尚 龙头 林业 林地 路线 路上 连续 连锁 向东 向西 左右 左手
右手 上官 司马 包括 包装 方式 毕业 宁愿 华丽 华人 华侨 华语 华夏 华中 华南 华北 华东 宋体 曲线 童年 童话
秦朝 汉语 齐全 应该 应用 甘心 苗头 沙发 沙漠 沙滩 谷歌 尚未 邓氏 商业 商务 商品 商场 车辆 车主 车型 房子
房价 房产 管理 管道 管家 钱包 严重 严格 武器 武术 戴尔 景点 景区 党员 党委 宫殿 冷静 席位 卫生 卫星 米饭
柏林 宗教 桂林 师傅 师生 仇恨 边境 卜卦 简单 简介 简直 项目 连接 麦当 焦点 阳光 阳台 时期 施工 文学 牛市
牛奶 易经 乔木 伍佰 章节 鲁莽 岳父 段落 雷电 侯爵 龙门 史诗 陶瓷 黎明 贺卡 顾问 顾客 毛病 孔雀 汤圆 常规
温度 温暖 康复 施行 葛根 邢台 齐鲁 易于 庞大 颜色 倪氏 庄园 聂氏 章程 詹氏 申请 欧洲 耿直 关门 兰花 焦急
俞氏 左边 柳树 甘肃 祝福 包子 宁静 尚书 符合 舒服 阮氏 柯氏 纪念 梅花 童鞋 凌晨 毕竟 单位 季度 裴氏 霍乱
涂料 成都 苗条 谷物 盛大 曲折 翁婿 冉冉 骆驼 蓝色 路人 游戏 游客 辛苦 管家 柴油 蒙古 鲍鱼 华为 喻体 祁连
蒲公英 房地 滕州 屈服 饶恕 解决 解放 牟利 艾滋 尤其 阳江 时尚 穆斯林 农民 农业 司机 卓越 古代 吉祥 缪斯
简称 车站 项链 连云 芦苇 麦田 褚氏 娄底 窦氏 戚氏 岑氏 景德 党建 宫廷 费用 卜氏 冷门 晏氏 席卷 卫视 米兰
柏油 宗旨 桂花 佟氏 应当 臧否 闵行 苟且 邬氏 边缘 卞氏 姬妾 师范 仇人 栾树 隋朝 商量 刁难 沙特 荣誉 巫师
寇仇 桑拿 郎中 甄选 丛林 仲裁 虞美 敖包 巩固 明白 佘氏 池塘 查询 麻烦 苑囿 迟到 邝氏 金山 金石 海涛
安然 舒畅 马力 成钢 苏宁 唐风 杜风 石天 罗西 毛里 朱朱 安蓓 王元 余音绕梁 亚历山大 谢菲尔德 多米尼克 克里斯蒂
""".split())

# Person-name endings that are forms of address, not names (王总, 李哥).
ADDRESS_TAILS = ("某", "总", "哥", "姐", "叔", "姨", "嫂", "爷", "婆", "妈", "爸", "氏", "老", "董", "帅", "少", "君",
                 "先生", "女士", "小姐", "老师", "教授", "博士", "同学", "主任", "经理", "书记", "市长", "主席",
                 "总裁", "董事", "校长", "院长", "局长", "部长", "行长", "处长", "科长", "所长", "师傅", "大师",
                 "政委", "司令", "将军", "队长", "老板", "大侠", "公公", "大人", "老大")
NICKNAME_HEADS = ("老", "小", "阿")
# Characters typical of transliterated foreign names (佩罗塔, 保尔森, 埃雷拉).
TRANSLIT_CHARS = set("尔斯克特罗亚伊阿奥维德里拉卡布尼埃莫蒂诺西杰森曼塔吉巴贝格兹普瑞丹娜莎妮丝琳莉茨基夫哈"
                     "萨纳多托洛佩塞米姆利奇科恩伯赫勒弗迪因希泽")

# Latin strings that are words, roles or technology terms, not names
# (matching is ASCII case-insensitive, so "Sky" would match "sky").
LATIN_STOP = set("""
ceos ctos cfos ceo cto cfo a an the and or of in on at to for by with as is it its we he she they this that these those who what when where
why how all any new old one two top big best my our your his her their not no yes ok vs via per pro max plus
sky moon sun star home love life live game games team club news world china asia us uk eu un it ai ar vr xr ml
api app apps sdk cpu gpu npu tpu asic fpga soc iot saas paas iaas os pc tv dvd cd hd usb wifi gps ceo cto coo
cfo cio cmo vp md phd mba hr pr ipo pe vc cbd gdp cpi ppi etf qfii rmb usd hk sh sz nba cba fifa mvp ko pk vip
edge bank group capital fund holdings holding company inc ltd corp co lab labs open cloud data web net online
mobile smart tech digital global international china japan korea america europe believe rock moon danny lisa
dice square relic midway line signal zoom slack box target shell gap visa wise mas ace ice
""".split())

# Cue words of match reports and betting news: a club mention there votes
# "not emitted" (clubs are mostly named after cities: 那不勒斯, 利物浦).
SPORT_CUES = re.compile(
    "球队|球员|球迷|进球|射门|主场|客场|比赛|联赛|赛季|比分|门将|前锋|后卫|中场|主帅|教练|让球|盘口|赔率|"
    "德比|英超|意甲|西甲|德甲|法甲|欧冠|欧联|中超|足总杯|联赛杯|战平|逼平|负于|主队|客队|降级|夺冠|"
    "足球|篮球|排球|网球|vs|VS|Vs|冷门|爆冷|轮空|出局|上阵|阵中|升班马|做客|本轮|上轮|下轮|末轮|首轮|赛程|"
    "战绩|本季|上季|该队|两队|全队|足彩|胜负|头奖|小组赛|淘汰赛|半决赛|决赛|晋级|保级|转会|欧洲杯|世界杯|"
    "杯赛|主教练|球星|射手|助攻|红牌|黄牌|点球|平局|胜率|亚盘|大小球|欧赔|胜平负|任九|[0-9]-[0-9]|[0-9]:[0-9]")

# --------------------------------------------------------------------------
# Character classes and normalisation
# --------------------------------------------------------------------------

PUNCT_INSIDE = set("，,、。；;：:！!？?（）()【】[]{}<>《》“”\"'‘’/\\|…~～#@*+=^_`「」『』〈〉%$￥")
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
ALLOWED_RE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9 ·\-.&']+$")
STRIP_CHARS = " \t\r\n\u3000《》“”\"‘’'「」『』〈〉"
CHINESE_NUMERALS = set("一二三四五六七八九十百千万亿两")


def fold(s):
    """Full-width ASCII to ASCII, ideographic space to space, unify the middle dot."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        elif ch == "\u3000":
            ch = " "
        elif ch in "•‧・･∙⋅":
            ch = "·"
        out.append(ch)
    return "".join(out)


def clean(raw):
    """A stripped, folded surface, or None if it is not a possible name."""
    s = fold(raw).strip(STRIP_CHARS)
    s = re.sub(r"\s+", " ", s)
    if len(s) < 2:
        return None
    if any(ch in PUNCT_INSIDE for ch in s):
        return None
    if not ALLOWED_RE.match(s):
        return None
    if s.replace(" ", "").isdigit():
        return None
    if s[0] in "·-.&'" or s[-1] in "·-.&'":
        return None
    return s


def is_cjk(ch):
    return bool(CJK_RE.match(ch))


def has_cjk(s):
    return bool(CJK_RE.search(s))


def is_latin(s):
    return not has_cjk(s)


def key(s):
    """Comparison key: case-insensitive, without spaces (as the Rust fold_key)."""
    return fold(s).replace(" ", "").lower()


def repeated_prefix(s):
    """阿里云阿里云计算有限公司: an annotation that repeats its first part."""
    return bool(re.match(r"^(.{2,})\1", s))


# --------------------------------------------------------------------------
# Generic-phrase tests
# --------------------------------------------------------------------------

def segments_into(s, words):
    """True if s is a concatenation of words (or empty)."""
    n = len(s)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(1, n + 1):
        for j in range(max(0, i - 6), i):
            if ok[j] and s[j:i] in words:
                ok[i] = True
                break
    return ok[n]


def generic_org(name):
    """该公司, 上市公司, 科技公司, 当地政府, 中小银行, 城商行: description, not name."""
    if name in GENERIC_WORDS:
        return True
    for h in LOCAL_HEADS:
        if name.endswith(h):
            r = name[: -len(h)]
            if r in FUNCTION_WORDS or (segments_into(r, GENERIC_MODIFIERS | FUNCTION_WORDS) and
                                       any(r.endswith(w) for w in FUNCTION_WORDS)):
                return True
    rest = name
    # Strip legal-form heads repeatedly, then at most one other head.
    changed = True
    while changed:
        changed = False
        for h in LEGAL_HEADS:
            if rest.endswith(h) and len(rest) > len(h) - 1:
                rest = rest[: -len(h)]
                changed = True
                break
    if rest != name and rest == "":
        return True
    for h in ORG_HEADS:
        if rest.endswith(h):
            rest = rest[: -len(h)]
            break
    if rest == name:
        return False  # no head at all: nothing generic about it
    if len(rest) <= 1:
        return True
    if rest in GENERIC_WORDS or rest in INDUSTRY_WORDS:
        return True
    if segments_into(rest, GENERIC_MODIFIERS):
        return True
    if rest.endswith(("行业", "产业", "业界", "领域")) and len(rest) <= 5:
        return True  # 家具行业协会: an association of some trade, somewhere
    # modifiers followed by one industry word: 大型互联网公司, 知名投资机构
    for w in INDUSTRY_WORDS:
        if rest.endswith(w) and segments_into(rest[: -len(w)], GENERIC_MODIFIERS):
            return True
    return False


# Endings that make a would-be organisation an office description, a
# function or a product (有关部门, 检察机关, 专案组, 中央财政, 体育彩票).
NOT_ORG_TAILS = ("女队", "男队", "战队", "车队", "部门", "机关", "组", "小组", "财政", "国防", "彩票", "足彩", "广播", "频道", "系统", "政权",
                 "武装", "方面", "军方", "官方", "当局", "高层", "各部委", "部委")
GENERIC_AGENCY_RE = re.compile("(监管|管理|代理|研究|中介|评级|投资|金融|服务|培训|教育|医疗|卫生|执法|行政|"
                               "主管|有关|相关|检测|认证|鉴定|审批|分支|下属|附属)机构$")


# Government functions that, after a place name, name that place's bureau
# in shorthand (上海地税, 武汉市国土资源, 河南税务).
GOV_FUNCTIONS = ("地税", "国税", "税务", "工商", "国土", "国土资源", "房管", "国土房管", "质监", "民政", "公安", "教育",
                 "卫生", "交警", "城管", "环保", "住建", "建委", "发改", "财政", "人社", "统计", "物价", "安监", "司法",
                 "规划", "水利", "信访", "档案", "气象", "地震", "药监", "食药监", "住保", "房产", "国资")
# Heads that after a place name make a description (俄罗斯公司, 北京企业).
PLACE_GENERIC_HEADS = ("公司", "企业", "厂商", "商家", "机构", "军方", "警方", "媒体")


def subunit_org(name):
    """招商银行广州分行, 交通银行信用卡中心: a branch or department."""
    for t in SUBUNIT_TAILS:
        if name.endswith(t):
            return True
    if name.endswith(("处", "科", "室", "股")) or (name.endswith("司") and not name.endswith("公司") and len(name) > 3):
        return True  # 合作医疗处, 外交部领事司: a division of an agency
    if re.search("(大学|学院).*(学|系|专业)$", name) and not name.endswith(("中学", "小学", "大学", "学院")):
        return True  # 中国人民大学社会学(系): a school's discipline or department
    for h in INNER_ORG_HEADS:
        i = name.find(h)
        if 0 <= i and i + len(h) < len(name) and name.endswith(DEPARTMENT_TAILS):
            return True
    return False


def role_like(name):
    if name.endswith(ROLE_TAIL_EXCEPTIONS):
        return False
    return any(name.endswith(t) for t in ROLE_TAILS)


def anaphoric_locality(name):
    """市发改委, 省联社, 区民政局: 'the city's ...', not a name."""
    return name[0] in "市省县区镇乡州" and name[:2] not in ("市场", "区块", "州立", "县城")


# --------------------------------------------------------------------------
# Per-type eligibility
# --------------------------------------------------------------------------

def latin_ok(name, count):
    """A Latin name: has an uppercase letter, is not a word, acronyms need support."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not any(c.isupper() for c in name):
        return False
    if name.lower() in LATIN_STOP:
        return False
    tokens = name.split(" ")
    if any(t.lower() in LATIN_STOP for t in tokens) and len(tokens) == 1:
        return False
    if len(tokens) == 1:
        if name.isupper() or any(c.isdigit() for c in name):
            # acronym: two letters need three mentions, three letters two
            return len(letters) >= 4 or (len(letters) == 3 and count >= 2) or count >= 3
        if any(c.isupper() for c in name[1:]):
            return True  # CamelCase: DelRey, IeSF
        # Titlecase single word (Facebook, Ludia): long or repeated
        return len(name) >= 5 and count >= 2
    return True


def org_ok(name, count):
    if is_latin(name):
        return latin_ok(name, count) and len(name) <= 40
    if len(name) < 3 or len(name) > 22:
        return False  # longer ones are sub-units and annotation run-ons
    if generic_org(name) or subunit_org(name) or role_like(name) or anaphoric_locality(name):
        return False
    if repeated_prefix(name) or name.endswith("等"):
        return False
    if name.endswith(EVENT_TAILS) and not name.endswith(EVENT_EXCEPTIONS):
        return False
    if name.endswith(NOT_ORG_TAILS) or GENERIC_AGENCY_RE.search(name) or "的" in name or "等" in name:
        return False
    if re.search("[A-Za-z][\u4e00-\u9fff]$", name) or re.search("^[\u4e00-\u9fff][A-Za-z]", name):
        return False  # ActivisionBlizzard依: a span cut in the middle of a word
    if has_cjk(name) and re.search("[a-z]{4,}", name) and not re.search("[A-Z]", name):
        return False  # 美国对冲基金集团millenniumpartners: a description with a lower-cased name
    if re.search(r"(19|20)[0-9]{2}", name):
        return False  # a year: an event or an edition, not an organisation
    if name[0] in CHINESE_NUMERALS and not has_cjk(name[1:2]):
        return False
    return True


def person_ok(name, count, surnames, double_surnames, from_duie):
    if is_latin(name):
        tokens = name.split(" ")
        return (2 <= len(tokens) <= 4 and all(re.match(r"^[A-Z][A-Za-z'\-.]*[a-z][A-Za-z'\-.]*$|^[A-Z]\.$", t)
                                               for t in tokens))
    if not all(is_cjk(c) or c == "·" for c in name):
        return False
    if "·" in name:
        parts = name.split("·")
        return 2 <= len(parts) <= 3 and all(len(p) >= 2 for p in parts) and len(name) <= 12
    n = len(name)
    if n < 2 or n > 4:
        return False
    if name.endswith(ADDRESS_TAILS) or (n == 2 and name.startswith(NICKNAME_HEADS)):
        return False
    if name in COMMON_TWO_CHAR or name in GENERIC_WORDS:
        return False
    if n == 2:
        return count >= 2 and name[0] in surnames
    if n == 3 and name[0] not in surnames and name[:2] not in double_surnames:
        # no surname: a transliteration (a typical character) or seen twice
        return count >= 2 or from_duie or any(c in TRANSLIT_CHARS for c in name)
    if n == 4 and name[:2] not in double_surnames:
        # four characters without a compound surname: transliterations and
        # Japanese names, but also idioms; need a second mention or DuIE
        return count >= 2 or from_duie
    return True


def place_ok(name, evidence):
    """A well-formed place: a suffixed name with a real name part, or a
    country/city name attested as such in the data."""
    if is_latin(name) or not all(is_cjk(c) for c in name):
        return False
    if len(name) < 2 or len(name) > 10:
        return False
    if any(c in name for c in "号层楼座栋室"):
        return False
    if any(w in name for w in PLACE_FUNCTION_WORDS) or re.match("^[东南西北](起|至|接|连|临|到|靠|邻)", name):
        return False  # 鸿恩寺位于江北区, 南连金融街: a description
    if name.startswith(("其他", "其它", "整个", "周边", "附近", "全国", "各地")) or name.endswith(NOT_PLACE_TAILS):
        return False
    if name in GENERIC_WORDS or name in GENERIC_PLACE_STEMS:
        return False
    if name.endswith(PLACE_SUFFIXES):
        if len(name) == 2 and name.endswith("州") and name not in ("神州", "九州", "全州", "各州", "本州", "该州"):
            return True
        for t in GENERIC_PLACE_TAILS:
            if name.endswith(t):
                stem = name[: -len(t)]
                if len(stem) >= 2 and stem not in GENERIC_PLACE_STEMS and stem not in GENERIC_WORDS \
                        and not segments_into(stem, GENERIC_PLACE_STEMS):
                    return True
                break
        # fall through: a short name with a suffix may still be attested below
    if len(name) > 4:
        return False
    if name.endswith("国") and len(name) >= 2:
        if name[:-1] not in NOT_COUNTRY_STEMS and not segments_into(name[:-1], NOT_COUNTRY_STEMS):
            return evidence.get("address", 0) >= 1 or evidence.get("duie_place", 0) >= 1
        return False
    if evidence.get("duie_place", 0) >= 1:
        return True  # DuIE annotates it as a place/country/city
    if evidence.get("suffixed", False):
        return True  # 北京 because 北京市 occurs; 广东 because 广东省 occurs
    return evidence.get("address", 0) >= 3 and len(name) >= 3


def work_ok(name, bracketed, all_text):
    """A title seen between 《》, and not a word: Chinese text brackets titles,
    so a title found mostly without brackets is a word (机器人, 亲爱的)."""
    n_br = bracketed.get(name, 0)
    if n_br == 0:
        return False  # never seen between 《》: a truncated span
    if name in COMMON_TITLES:
        return False
    n_free = all_text.count(name) - n_br
    if n_free >= 2 and n_free > n_br:
        return False
    if len(name) <= 4 and n_br < 2:
        return False  # short titles are often words and idioms: need two sightings
    if is_latin(name):
        return (len(name.replace(" ", "")) >= 6 and name.lower() not in LATIN_STOP
                and any(c.isupper() for c in name))
    if len(name) < 3 or len(name) > 15:
        return False
    if re.search(r"[0-9]{4}年|[0-9]年|季度", name):
        return False  # 2008年…运行情况: a report
    if name.endswith(NOT_WORK_TAILS) or name in GENERIC_WORDS:
        return False
    return True


# --------------------------------------------------------------------------
# Reading the datasets
# --------------------------------------------------------------------------

DUIE_TYPE = {
    "人物": "Person", "历史人物": "Person", "娱乐人物": "Person",
    "企业": "Organization", "机构": "Organization", "学校": "Organization", "企业/品牌": "Organization",
    "地点": "Place", "国家": "Place", "城市": "Place", "行政区": "Place", "景点": "Place",
    "图书作品": "CreativeWork", "影视作品": "CreativeWork", "文学作品": "CreativeWork",
    "歌曲": "_other", "音乐专辑": "_other", "电视综艺": "_other", "作品": "_other", "奖项": "_other",
    "学科专业": "_other", "语言": "_other", "气候": "_other",
}
DUIE_PLACE_TYPES = {"地点", "国家", "城市", "行政区"}

# predicate -> (subject type, object type) mined as candidates; None = not mined
DUIE_MINED = {
    "创始人": ("Organization", "Person"),
    "董事长": ("Organization", "Person"),
    "总部地点": ("Organization", "Place"),
    "成立日期": ("Organization", None),
    "毕业院校": ("Person", "Organization"),
    "简称": ("Organization", None),
    "注册资本": ("Organization", None),
}
DUIE_EXPECTED = {  # schema types the brief relies on, checked against duie_schema.json
    "创始人": ("企业", "人物"), "董事长": ("企业", "人物"), "总部地点": ("企业", "地点"),
    "成立日期": ("机构", "Date"), "毕业院校": ("人物", "学校"), "简称": ("机构", "Text"),
    "注册资本": ("企业", "Number"),
}

CLUENER_TYPE = {
    "company": "Organization", "organization": "Organization", "government": "Organization",
    "name": "Person", "address": "Place", "book": "CreativeWork", "movie": "CreativeWork",
    "game": "_other", "position": "_other",  # votes only: a game or a role is not emitted
}


class Miner:
    def __init__(self):
        self.votes = collections.defaultdict(collections.Counter)  # name -> type -> records
        self.seen = set()  # (record, name, type)
        self.candidates = collections.defaultdict(set)  # name -> types it may be emitted as
        self.from_duie = set()  # (name, type) mined from DuIE
        self.address_count = collections.Counter()
        self.duie_place = collections.Counter()
        self.aliases = collections.defaultdict(collections.Counter)  # org -> alias -> records
        self.surface = collections.defaultdict(collections.Counter)  # key -> surface -> records
        self.texts = []  # kept in memory only, for evidence; never written
        self.bracketed = collections.Counter()
        self.cl_text = []  # CLUENER texts, and which characters lie in a labelled span or 《》
        self.cl_mask = []

    def vote(self, record, name, etype, candidate):
        if (record, name, etype) in self.seen:
            return
        self.seen.add((record, name, etype))
        self.votes[name][etype] += 1
        self.surface[key(name)][name] += 1
        if candidate:
            self.candidates[name].add(etype)

    # -- CLUENER ------------------------------------------------------------
    def read_cluener(self, path):
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f):
                if not line.strip():
                    continue
                d = json.loads(line)
                text = fold(d["text"])
                self.texts.append(text)
                mask = bytearray(len(text))
                for mentions in d.get("label", {}).values():
                    for spans in mentions.values():
                        for a, b in spans:
                            mask[a:b + 1] = b"\x01" * (b + 1 - a)
                for mt in re.finditer(r"《[^《》]*》", text):
                    mask[mt.start():mt.end()] = b"\x01" * (mt.end() - mt.start())
                self.cl_text.append(text)
                self.cl_mask.append(bytes(mask))
                record = ("cluener", lineno)
                sporty = bool(SPORT_CUES.search(text))
                for label, mentions in d.get("label", {}).items():
                    etype = CLUENER_TYPE.get(label)
                    if etype is None:
                        continue  # scene: neither mined nor voting
                    for raw in mentions:
                        surf = fold(raw)
                        if etype == "CreativeWork":
                            m = re.search(r"《([^《》]+)》", surf)
                            if m:
                                surf = m.group(1)
                        name = clean(surf)
                        if name is None:
                            continue
                        t = etype
                        if label in ("organization", "company") and sporty:
                            t = "_other"  # a club in a match report
                        self.vote(record, name, t, candidate=not t.startswith("_"))
                        if t == "Place":
                            self.address_count[name] += 1

    # -- DuIE ---------------------------------------------------------------
    def check_schema(self, path):
        schema = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    schema[d["predicate"]] = (d["subject_type"], d["object_type"]["@value"])
        for p, expected in DUIE_EXPECTED.items():
            if schema.get(p) != expected:
                sys.exit(f"duie_schema.json: {p} is {schema.get(p)}, expected {expected}")

    def read_duie(self, path, tag):
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f):
                if not line.strip():
                    continue
                d = json.loads(line)
                self.texts.append(fold(d["text"]))
                record = (tag, lineno)
                for spo in d.get("spo_list", []):
                    p = spo["predicate"]
                    subj = clean(spo["subject"])
                    obj_raw = spo["object"].get("@value", "")
                    obj = clean(obj_raw)
                    st = spo.get("subject_type", "")
                    ot = spo.get("object_type", {}).get("@value", "")
                    mined = DUIE_MINED.get(p)
                    if subj:
                        etype = DUIE_TYPE.get(st)
                        cand = bool(mined and mined[0] and etype == mined[0])
                        if etype:
                            self.vote(record, subj, etype, cand)
                            if cand:
                                self.from_duie.add((subj, etype))
                    if obj and ot in DUIE_TYPE:
                        etype = DUIE_TYPE[ot]
                        cand = bool(mined and mined[1] and etype == mined[1])
                        self.vote(record, obj, etype, cand)
                        if cand:
                            self.from_duie.add((obj, etype))
                        if ot in DUIE_PLACE_TYPES:
                            self.duie_place[obj] += 1
                    if p == "简称" and subj and obj and obj != subj:
                        if is_latin(subj) and has_cjk(obj):
                            subj, obj = obj, subj  # reversed annotation: the Chinese name is the name
                        self.aliases[subj][obj] += 1

    # -- FinRE --------------------------------------------------------------
    def read_finre(self, path):
        sentences = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 4:
                    continue
                head, tail, sent = parts[0], parts[1], parts[3]
                if sent not in sentences:
                    sentences[sent] = len(sentences)
                    self.texts.append(fold(sent))
                record = ("finre", sentences[sent])  # one sentence, many pairs
                for raw in (head, tail):
                    name = clean(raw)
                    if name and name.endswith(FINRE_ORG_SUFFIXES):
                        self.vote(record, name, "Organization", True)


def usage(text, mask, name):
    """Occurrences of name in the CLUENER texts: (inside a labelled span or 《》, elsewhere)."""
    covered = free = 0
    i = text.find(name)
    while i >= 0:
        if all(mask[i:i + len(name)]):
            covered += 1
        else:
            free += 1
        i = text.find(name, i + 1)
    return covered, free


def compound_place(name, places):
    """湖北省武汉市, 美国纽约, 上海地区: a place made of a listed place and more."""
    if re.match(r"^[^省市县区镇乡州]{2,}?[省市县区镇乡州](.{2,})$", name) and not name.endswith(NOT_PLACE_TAILS):
        return True  # two administrative levels: an address, not a name
    for i in range(2, len(name)):
        head, rest = name[:i], name[i:]
        if head not in places:
            continue
        if rest in REDUNDANT_PLACE_TAILS:
            return True
        if len(rest) >= 2 and rest not in ROAD_PIECES and rest not in GENERIC_PLACE_TAILS:
            return True
    return False


def load_curated(path):
    """Keys of the names and aliases in the curated dictionary, with their types."""
    keys = collections.defaultdict(set)
    if not os.path.exists(path):
        return keys
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if fields[0].strip() == "type" or len(fields) < 2:
                continue
            names = [fields[1]] + (fields[2].split("|") if len(fields) > 2 else [])
            for n in names:
                n = n.strip()
                if n:
                    keys[key(n)].add(fields[0].strip())
    return keys


CORE_TAILS = sorted(set(LEGAL_HEADS) | set(INDUSTRY_WORDS) | {
    "株式会社", "有限责任公司", "通信", "电脑", "网络", "信息技术", "旅行网", "网", "中国", "Inc", "Inc.", " Inc.",
    " Inc", " Corp", " Corp.", " Corporation", " Ltd", " Ltd.", " LLC", " Group", " Holdings"}, key=len, reverse=True)


def core_variants(name):
    """百度公司 -> 百度, 中国移动通信集团公司 -> 中国移动通信 -> 中国移动: the name with
    legal forms and industry words taken off its end, one at a time."""
    out = []
    rest = name
    while True:
        for h in CORE_TAILS:
            if rest.endswith(h) and len(rest) - len(h) >= 2:
                rest = rest[: -len(h)].rstrip(" ,")
                out.append(rest)
                break
        else:
            return out


def load_surnames(lexicon_path):
    """Single and compound surnames: built in, plus those of resources/lexicon.toml if readable."""
    single = set("""
王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈
姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常
温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂
成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫
费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝""".replace("\n", ""))
    double = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "宇文", "司徒", "公孙", "夏侯",
              "端木", "独孤", "南宫", "西门", "轩辕", "呼延", "澹台", "申屠", "太史", "钟离", "闻人", "万俟"}
    try:
        import tomllib
        with open(lexicon_path, "rb") as f:
            lex = tomllib.load(f)
        single |= set("".join(lex.get("surnames", "").split()))
        double |= set(lex.get("double_surnames", []))
    except Exception:
        pass
    return single, double


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--datasets", default="../shared/datasets", help="folder with cluener/, duie/, finre/")
    ap.add_argument("--out", default="resources/mined.tsv")
    ap.add_argument("--entities", default=None, help="curated dictionary to exclude (default: next to --out)")
    ap.add_argument("--lexicon", default=None, help="lexicon.toml for surnames (default: next to --out)")
    args = ap.parse_args()

    res_dir = os.path.dirname(os.path.abspath(args.out))
    entities_path = args.entities or os.path.join(res_dir, "entities.tsv")
    lexicon_path = args.lexicon or os.path.join(res_dir, "lexicon.toml")
    ds = args.datasets

    m = Miner()
    m.check_schema(os.path.join(ds, "duie", "duie_schema.json"))
    m.read_cluener(os.path.join(ds, "cluener", "train.json"))
    m.read_duie(os.path.join(ds, "duie", "duie_train.json"), "duie_a")
    m.read_duie(os.path.join(ds, "duie", "duie_train_4000.json"), "duie_b")
    m.read_finre(os.path.join(ds, "finre", "train.txt"))

    surnames, double_surnames = load_surnames(lexicon_path)
    curated = load_curated(entities_path)
    # The place gazetteer is curated too: its names are not mined again.
    for k, v in load_curated(os.path.join(res_dir, "places.tsv")).items():
        curated[k] |= v

    # Evidence for bare place names: X where X市/X省/X县/X州 occurs in a text
    # (X区 only for three characters or more: 江北区, 河西区, 大兴区 make
    # 江北, 河西, 大兴 districts, but they are words too).
    suffixed = set()
    districts = set()  # all X of X区, for recognising compounds (大兴火神面商业街区)
    for t in m.texts:
        for i, ch in enumerate(t):
            if ch in "市省县州区":
                if t[i:i + 2] in NOT_SUFFIX_WORDS or t[i - 1:i + 1] in NOT_SUFFIX_WORDS:
                    continue  # 市场, 区块, 上市, 小区, 节省: the character is not a suffix here
                for k in (2, 3, 4):
                    if i - k >= 0:
                        if ch != "区" or k >= 3:
                            suffixed.add(t[i - k:i])
                        else:
                            districts.add(t[i - k:i])
        for mt in re.finditer(r"《([^《》\n]{1,40})》", t):
            m.bracketed[mt.group(1).strip()] += 1
    all_text = "\n".join(m.texts)
    m.texts = []  # not needed any more
    cl_text = "\n".join(m.cl_text)
    cl_mask = b"\x00".join(m.cl_mask)
    m.cl_text = m.cl_mask = None

    # Decide each name's type: majority over all votes, ties dropped.
    chosen = {}
    for name, types in m.candidates.items():
        votes = m.votes[name]
        ranked = votes.most_common()
        top, n = ranked[0]
        if len(ranked) > 1 and ranked[1][1] == n:
            continue  # tie
        if top.startswith("_") or top not in types:
            continue
        count = n
        if top == "Organization":
            ok = org_ok(name, count)
        elif top == "Person":
            ok = person_ok(name, count, surnames, double_surnames, (name, "Person") in m.from_duie)
        elif top == "Place":
            ev = {"address": m.address_count[name], "duie_place": m.duie_place[name],
                  "suffixed": name in suffixed}
            # a place seen once in CLUENER needs an administrative suffix or
            # outside evidence (typos like 时纽约代广场 are seen once)
            ok = place_ok(name, ev) and (count >= 2 or (name, "Place") in m.from_duie or ev["suffixed"]
                                         or ev["duie_place"] > 0
                                         or name.endswith(("省", "市", "县", "州", "区", "镇", "乡", "村", "国")))
        elif top == "CreativeWork":
            ok = work_ok(name, m.bracketed, all_text)
        else:
            ok = False
        if not ok:
            continue
        if name in GENERIC_WORDS or name.lower() in LATIN_STOP:
            continue
        k = key(name)
        if k in curated:
            continue  # the curated dictionary has it
        if top == "Organization" and any("Organization" in curated.get(key(v), ()) for v in core_variants(name)):
            continue  # 百度公司, 用友软件股份有限公司: the legal name of a curated organisation
        if top == "Person" and "·" in name and "Person" in curated.get(key(name.split("·")[-1]), ()):
            continue  # 伊隆·马斯克: another spelling of a curated person (马斯克)
        if top == "Organization" and any(
            "Place" in ts and k.startswith(p) and len(k) > len(p) and k[len(p):] in curated
            for p, ts in curated.items()
        ):
            continue  # 美国哥伦比亚大学: a curated place before a curated name is that name
        chosen[name] = top

    # Place + generic head or government function (俄罗斯公司, 上海地税).
    place_names = ({n for n, t in chosen.items() if t == "Place"} | suffixed | districts
                   | {k for k, ts in curated.items() if "Place" in ts and has_cjk(k)})
    for name in sorted(chosen):
        if chosen[name] != "Organization":
            continue
        for tail in PLACE_GENERIC_HEADS + GOV_FUNCTIONS:
            if name.endswith(tail):
                rest = name[: -len(tail)]
                if not rest or not all(is_cjk(c) for c in rest):
                    continue
                if rest in place_names or (rest[-1:] in ("市", "省", "县", "区") and len(rest) >= 3):
                    if os.environ.get("MINE_DEBUG"):
                        print(f"placegeneric\t{name}", file=sys.stderr)
                    del chosen[name]
                    break

    # Truncated spans (中信银, 瓦伦西, 斯洛文): an organisation seen once that
    # does not end in a head, continued by a more frequent labelled name with
    # characters that are not a head or suffix.
    def majority(n):
        v = m.votes.get(n)
        return v.most_common(1)[0][0] if v else None

    heads = (set(ORG_HEADS) | set(LEGAL_HEADS) | set(PLACE_SUFFIXES) | set(GENERIC_PLACE_TAILS) | set(SUBUNIT_TAILS)
             | set(ROLE_TAILS) | {"委员", "常委", "委员长"})
    head_chars = {h[-1] for h in heads} | set("国会院部署局厅委办团社党军")
    extended = collections.defaultdict(set)
    for longer, v in m.votes.items():
        if sum(v.values()) < 2:
            continue
        for k in (1, 2, 3):
            if len(longer) - k >= 2:
                extended[longer[:-k]].add(longer[-k:])
    for name in sorted(chosen):
        if chosen[name] != "Organization" or sum(m.votes[name].values()) > 1 or name[-1] in head_chars:
            continue
        if any(ext not in heads for ext in extended.get(name, ())):
            if os.environ.get("MINE_DEBUG"):
                print(f"truncated\t{name}", file=sys.stderr)
            del chosen[name]
    # Two names run together (俄罗斯巴西, 曼联阿森纳): two places or two clubs.
    for name in sorted(chosen):
        for i in range(2, len(name) - 1):
            a, b = majority(name[:i]), majority(name[i:])
            if a and a == b and a in ("Place", "_other"):
                if os.environ.get("MINE_DEBUG"):
                    print(f"joined\t{name}", file=sys.stderr)
                del chosen[name]
                break

    # A name CLUENER's annotators mostly left unlabelled where it occurs is a
    # word (机器人, 亲爱的, 马力), whatever it was labelled once.
    # Countries and cities are labelled inconsistently, so places are exempt;
    # so are organisations with a company head (上海银行 inside 上海银行业).
    dropped_common = []
    for name in sorted(chosen):
        if chosen[name] == "Place" or (chosen[name] == "Organization" and name.endswith(FINRE_ORG_SUFFIXES)):
            continue
        covered, free = usage(cl_text, cl_mask, name)
        if free >= 2 and free > covered:
            dropped_common.append((name, covered, free))
            del chosen[name]
    if os.environ.get("MINE_DEBUG"):
        for name, c, f in dropped_common:
            print(f"common\t{name}\tlabelled {c}\tunlabelled {f}", file=sys.stderr)

    # Compound places go: the parts are names, the whole is an address.
    places = {n for n, t in chosen.items() if t == "Place"}
    prefixes = (places | {x for x in suffixed | districts if len(x) <= 3 and all(is_cjk(c) for c in x)}
                | {k for k, ts in curated.items() if "Place" in ts and has_cjk(k)})
    for name in sorted(places):
        if compound_place(name, prefixes):
            if os.environ.get("MINE_DEBUG"):
                print(f"compound\t{name}", file=sys.stderr)
            del chosen[name]

    # One surface per key (ibm中国 / IBM中国): the most frequent, then the smallest.
    by_key = collections.defaultdict(list)
    for name, t in chosen.items():
        by_key[key(name)].append(name)
    final = {}
    for k, names in by_key.items():
        types = {chosen[n] for n in names}
        if len(types) > 1:
            continue
        best = sorted(names, key=lambda n: (-m.surface[k][n], n))[0]
        final[best] = chosen[best]

    # Aliases from DuIE 简称 (Organization subjects only). A short name that
    # is also a mined name becomes an alias of the full name (one entity, not
    # two); a full name whose short name the curated dictionary holds is that
    # curated entity already, so it goes.
    name_of_key = {key(n): n for n in final}
    alias_of = {}
    merged = set()
    same_as_curated = set()
    alias_users = collections.Counter()
    for subj, als in m.aliases.items():
        if final.get(subj) != "Organization":
            continue
        for a in als:
            alias_users[key(a)] += 1
    for subj in sorted(m.aliases):
        if final.get(subj) != "Organization":
            continue
        good = []
        for a in sorted(m.aliases[subj]):
            ka = key(a)
            if ka == key(subj) or alias_users[ka] > 1:
                continue
            if "Organization" in curated.get(ka, ()):
                same_as_curated.add(subj)
                continue
            if ka in curated:
                continue
            if ka in name_of_key:
                other = name_of_key[ka]
                if final.get(other) == "Organization" and other != subj:
                    merged.add(other)
                    good.append(other)
                continue
            if a in GENERIC_WORDS or a.lower() in LATIN_STOP:
                continue
            if is_latin(a):
                # an acronym of four letters or more (IRENA, CNAS); three
                # letters only if labelled as an organisation elsewhere (ASP,
                # CTA, BIS mean other things in tech news)
                letters = [c for c in a if c.isalpha()]
                if not latin_ok(a, 2) or a.lower() in LATIN_STOP:
                    continue
                labelled = m.votes.get(a, {}).get("Organization", 0)
                if not (a.replace(".", "").isupper() and len(letters) >= 4) and not (len(letters) >= 3 and labelled):
                    continue
            else:
                if len(a) < 2 or generic_org(a) or role_like(a) or anaphoric_locality(a):
                    continue
                if len(a) == 2:
                    # a two-character short name must be labelled as an
                    # organisation somewhere else too (北大 yes, 上大 no)
                    if m.votes[a].get("Organization", 0) < 1:
                        continue
                    if m.votes[a].most_common(1)[0][0] != "Organization":
                        continue
                elif m.votes[a] and m.votes[a].most_common(1)[0][0] != "Organization":
                    continue
            good.append(a)
        if good:
            alias_of[subj] = good
    for subj in same_as_curated:
        final.pop(subj, None)
        alias_of.pop(subj, None)
    for other in merged:
        if other not in alias_of:  # a full name in its own right stays a name
            final.pop(other, None)
    for subj in list(alias_of):
        alias_of[subj] = [a for a in alias_of[subj] if a not in final]
        if subj not in final or not alias_of[subj]:
            alias_of.pop(subj, None)
    if os.environ.get("MINE_DEBUG"):
        for subj in sorted(same_as_curated):
            print(f"curated-alias\t{subj}", file=sys.stderr)
        for other in sorted(merged):
            print(f"merged\t{other}", file=sys.stderr)

    rows = sorted(final.items(), key=lambda kv: (kv[1], kv[0]))
    out_dir = os.path.dirname(os.path.abspath(args.out))
    os.makedirs(out_dir, exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Names mined from public training data by tools/mine_names.py (regenerate,\n")
        f.write("# do not edit by hand). Same format as entities.tsv.\n")
        f.write("type\tname\taliases\twikidata\n")
        for name, t in rows:
            f.write(f"{t}\t{name}\t{'|'.join(alias_of.get(name, []))}\t\n")
    os.replace(tmp, args.out)

    counts = collections.Counter(t for _, t in rows)
    n_alias = sum(len(v) for v in alias_of.values())
    print(f"wrote {len(rows)} names to {args.out}: "
          + ", ".join(f"{t} {counts[t]}" for t in sorted(counts)) + f"; {n_alias} aliases", file=sys.stderr)


if __name__ == "__main__":
    main()
