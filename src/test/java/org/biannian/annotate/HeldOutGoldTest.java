package org.biannian.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.biannian.annals.AnnalsParser;
import org.biannian.annals.ParseOptions;
import org.biannian.authority.Authority;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.text.SourceText;
import org.biannian.text.TextView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recognition on passages nobody tuned the packs or rules on (see {@code heldout/README.md}). Tuning set: a 宋史
 * 本紀 passage of 太祖's reign, the opening of 潘美's biography, and the biography again without
 * punctuation, and the opening of 曹彬's biography as the edition writes it (added in the second round to tune on
 * without looking at the test set), and since the third round a 神宗 本紀 passage (治平) and the opening of 富弼's
 * biography, both as the edition writes them; since the fourth session 24 more passages of 本紀 and biographies from
 * 太祖 to 孝宗 (heldout/README.md), each punctuated by hand and also without punctuation, since the sixth four
 * more (太宗紀 淳化, 李允則傳, 高宗紀 紹興十年, 張俊傳), and since the seventh eight more (哲宗紀 元祐, 劉保勲傳, 高宗紀 紹興十二年,
 * 陳敏傳; 真宗紀 大中祥符, 苗授傳, 徽宗紀 政和, and 金史's 郭藥師傳), since the eighth four more (神宗紀 元豐, 呂大防傳, 真宗紀 咸平,
 * 喬維岳傳), six (高宗紀 紹興三十一年, 陳執中傳, 寧宗紀 嘉定, 李顯忠傳, 遼史 耶律休哥傳, 金史 世宗紀) and six more (高宗紀 紹興五年,
 * 劉安世傳, 理宗紀 淳祐, 劉珙傳, 孝宗紀 乾道, 汪若海傳). Everything is scored on the built-in pack without the
 * generated records only the annotated juans attest ({@link UnseenAuthority}). Two test sets, scored apart
 * and never tuned on: a 哲宗 本紀 passage and 狄青's biography (sealed from the engineers), and a 仁宗 本紀 passage (乾興元年) and the opening of
 * 楊業's biography, with and without punctuation. Prints per-type P/R/F1 for each passage and pooled, and precision by what found the
 * mention; the sample's own score is {@link SampleGoldTest}'s. The floors are what holds now, so a
 * regression fails; the goal (0.90 pooled for PER, PLACE, OFFICE) is reported, not assumed.
 */
class HeldOutGoldTest {

    private static final List<MentionType> SCORED = List.of(MentionType.PER, MentionType.PLACE, MentionType.OFFICE,
            MentionType.POLITY, MentionType.GROUP, MentionType.DATE, MentionType.ROLE);

    /** Passage name → (gold, found). */
    private static final Map<String, Scored> passages = new LinkedHashMap<>();

    record Scored(GoldMarkup gold, List<Mention> found) {}

    /** Per-type counts: gold, found, both. */
    record Counts(int gold, int found, int both) {
        double precision() {
            return found == 0 ? 0 : (double) both / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) both / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, found + o.found, both + o.both);
        }
    }

    /** A passage by the label its scores print under and its gold file in {@code heldout/}. */
    record Passage(String label, String file) {}

    /** The fourth session's tuning passages, each punctuated by hand and scored also without punctuation. */
    private static final List<Passage> PUNCTUATED_TUNING = List.of(
            new Passage("本紀 高宗 1127", "songshi-024-gaozong-1127.gold.txt"), new Passage("种世衡傳", "songshi-335-zhongshiheng.gold.txt"),
            new Passage("本紀 真宗 1004", "songshi-007-zhenzong-1004.gold.txt"), new Passage("呂端傳", "songshi-281-lvduan.gold.txt"),
            new Passage("本紀 孝宗 1163", "songshi-033-xiaozong-1163.gold.txt"), new Passage("岳飛傳", "songshi-365-yuefei.gold.txt"),
            new Passage("本紀 仁宗 1041", "songshi-011-renzong-1041.gold.txt"), new Passage("夏國傳 元昊", "songshi-485-xiaguo-yuanhao.gold.txt"),
            new Passage("本紀 太祖 974", "songshi-003-taizu-974.gold.txt"), new Passage("李繼隆傳", "songshi-257-lijilong.gold.txt"),
            new Passage("本紀 徽宗 1105", "songshi-020-huizong-1105.gold.txt"), new Passage("徐禧傳", "songshi-334-xuxi.gold.txt"),
            new Passage("李沆傳", "songshi-282-lihang.gold.txt"), new Passage("吳潛傳", "songshi-418-wuqian.gold.txt"),
            new Passage("歐陽修傳", "songshi-319-ouyangxiu.gold.txt"), new Passage("本紀 仁宗 1050", "songshi-012-renzong-1050.gold.txt"),
            new Passage("劉錡傳", "songshi-366-liuqi.gold.txt"), new Passage("本紀 高宗 1130", "songshi-026-gaozong-1130.gold.txt"),
            new Passage("本紀 太宗 979", "songshi-004-taizong-979.gold.txt"), new Passage("薛居正傳", "songshi-264-xuejuzheng.gold.txt"),
            new Passage("本紀 神宗 1070", "songshi-015-shenzong-1070.gold.txt"), new Passage("楊偕傳", "songshi-300-yangxie.gold.txt"),
            new Passage("郝質傳", "songshi-349-haozhi.gold.txt"), new Passage("曾怘傳", "songshi-448-zenghu.gold.txt"),
            new Passage("本紀 太宗 991", "songshi-005-taizong-991.gold.txt"), new Passage("李允則傳", "songshi-324-liyunze.gold.txt"),
            new Passage("本紀 高宗 1140", "songshi-029-gaozong-1140.gold.txt"), new Passage("張俊傳", "songshi-369-zhangjun.gold.txt"),
            new Passage("本紀 哲宗 1086", "songshi-017-zhezong-1086.gold.txt"), new Passage("劉保勲傳", "songshi-276-liubaoxun.gold.txt"),
            new Passage("本紀 高宗 1142", "songshi-030-gaozong-1142.gold.txt"), new Passage("陳敏傳", "songshi-402-chenmin.gold.txt"),
            new Passage("本紀 真宗 1011", "songshi-008-zhenzong-1011.gold.txt"), new Passage("苗授傳", "songshi-350-miaoshou.gold.txt"),
            new Passage("本紀 徽宗 1112", "songshi-021-huizong-1112.gold.txt"), new Passage("金史 郭藥師傳", "jinshi-082-guoyaoshi.gold.txt"),
            new Passage("本紀 神宗 1080", "songshi-016-shenzong-1080.gold.txt"), new Passage("呂大防傳", "songshi-340-lvdafang.gold.txt"),
            new Passage("本紀 真宗 998", "songshi-006-zhenzong-998.gold.txt"), new Passage("喬維岳傳", "songshi-307-qiaoweiyue.gold.txt"),
            new Passage("本紀 高宗 1161", "songshi-032-gaozong-1161.gold.txt"), new Passage("陳執中傳", "songshi-285-chenzhizhong.gold.txt"),
            new Passage("本紀 寧宗 1208", "songshi-039-ningzong-1208.gold.txt"), new Passage("李顯忠傳", "songshi-367-lixianzhong.gold.txt"),
            new Passage("遼史 耶律休哥傳", "liaoshi-083-xiuge.gold.txt"), new Passage("金史 本紀 世宗 1162", "jinshi-006-shizong-1162.gold.txt"),
            new Passage("本紀 高宗 1135", "songshi-028-gaozong-1135.gold.txt"), new Passage("劉安世傳", "songshi-345-liuanshi.gold.txt"),
            new Passage("本紀 理宗 1244", "songshi-043-lizong-1244.gold.txt"), new Passage("劉珙傳", "songshi-386-liugong.gold.txt"),
            new Passage("本紀 孝宗 1167", "songshi-034-xiaozong-1167.gold.txt"), new Passage("汪若海傳", "songshi-404-wangruohai.gold.txt"),
            new Passage("本紀 光宗 1190", "songshi-036-guangzong-1190.gold.txt"), new Passage("包拯傳", "songshi-316-baozheng.gold.txt"),
            new Passage("本紀 度宗 1265", "songshi-046-duzong-1265.gold.txt"), new Passage("孟珙傳", "songshi-412-menggong.gold.txt"),
            new Passage("本紀 寧宗 1201", "songshi-038-ningzong-1201.gold.txt"), new Passage("王信傳 等", "songshi-326-wangxin.gold.txt"),
            new Passage("本紀 理宗 1235", "songshi-042-lizong-1235.gold.txt"), new Passage("趙方傳", "songshi-403-zhaofang.gold.txt"),
            new Passage("本紀 欽宗 1126", "songshi-023-qinzong-1126.gold.txt"), new Passage("趙卨傳", "songshi-332-zhaoxie.gold.txt"),
            new Passage("本紀 瀛國公 1275", "songshi-047-yingguogong-1275.gold.txt"), new Passage("虞允文傳", "songshi-383-yuyunwen.gold.txt"),
            new Passage("本紀 徽宗 1103", "songshi-019-huizong-1103.gold.txt"), new Passage("唐恪傳 等", "songshi-352-tangke.gold.txt"),
            new Passage("本紀 孝宗 1178", "songshi-035-xiaozong-1178.gold.txt"), new Passage("李宗勉傳", "songshi-405-lizongmian.gold.txt"),
            new Passage("本紀 徽宗 1122", "songshi-022-huizong-1122.gold.txt"), new Passage("高瓊傳", "songshi-289-gaoqiong.gold.txt"),
            new Passage("本紀 寧宗 1220", "songshi-040-ningzong-1220.gold.txt"), new Passage("王信傳 (卷400)", "songshi-400-wangxin.gold.txt"),
            new Passage("本紀 高宗 1129", "songshi-025-gaozong-1129.gold.txt"), new Passage("劉平傳", "songshi-325-liuping.gold.txt"),
            new Passage("本紀 理宗 1261", "songshi-045-lizong-1261.gold.txt"), new Passage("鄭獬傳 等", "songshi-321-zhengxie.gold.txt"),
            new Passage("本紀 太祖 968", "songshi-002-taizu-968.gold.txt"), new Passage("王德傳", "songshi-368-wangde.gold.txt"),
            new Passage("本紀 高宗 1156", "songshi-031-gaozong-1156.gold.txt"), new Passage("蔚昭敏傳 等", "songshi-323-weizhaomin.gold.txt"),
            new Passage("本紀 真宗 1017", "songshi-008-zhenzong-1017.gold.txt"), new Passage("曹翰傳 等", "songshi-260-caohan.gold.txt"),
            new Passage("本紀 仁宗 1054", "songshi-012-renzong-1054.gold.txt"), new Passage("劉拯傳 等", "songshi-356-liuzheng.gold.txt"),
            new Passage("本紀 真宗 1001", "songshi-006-zhenzong-1001.gold.txt"), new Passage("傅潛傳 等", "songshi-279-fuqian.gold.txt"),
            new Passage("本紀 神宗 1068", "songshi-014-shenzong-1068.gold.txt"), new Passage("楊佐傳 等", "songshi-333-yangzuo.gold.txt"),
            new Passage("本紀 仁宗 1044", "songshi-011-renzong-1044.gold.txt"), new Passage("張昷之傳 等", "songshi-303-zhangwenzhi.gold.txt"),
            new Passage("本紀 孝宗 1183", "songshi-035-xiaozong-1183.gold.txt"), new Passage("王伯大傳 等", "songshi-420-wangboda.gold.txt"),
            // Thirteenth session: four more, scored as they came (heldout/README.md), then tuned on.
            new Passage("本紀 仁宗 1038", "songshi-010-renzong-1038.gold.txt"), new Passage("彭乘傳 等", "songshi-298-pengcheng.gold.txt"),
            new Passage("本紀 高宗 1137", "songshi-028-gaozong-1137.gold.txt"), new Passage("元絳傳", "songshi-343-yuanjiang.gold.txt"),
            new Passage("本紀 哲宗 1089", "songshi-017-zhezong-1089.gold.txt"), new Passage("張鑑傳", "songshi-277-zhangjian.gold.txt"),
            new Passage("本紀 高宗 1158", "songshi-031-gaozong-1158.gold.txt"), new Passage("周必大傳", "songshi-391-zhoubida.gold.txt"),
            // Fourteenth session: four more, scored as they came (heldout/README.md), then tuned on.
            new Passage("本紀 哲宗 1098", "songshi-018-zhezong-1098.gold.txt"), new Passage("王嗣宗傳", "songshi-287-wangsizong.gold.txt"),
            new Passage("本紀 理宗 1258", "songshi-044-lizong-1258.gold.txt"), new Passage("吕頤浩傳", "songshi-362-lvyihao.gold.txt"),
            new Passage("本紀 仁宗 1027", "songshi-009-renzong-1027.gold.txt"), new Passage("李昉傳", "songshi-265-lifang.gold.txt"),
            new Passage("本紀 光宗 1192", "songshi-036-guangzong-1192.gold.txt"), new Passage("陳規傳", "songshi-377-chengui.gold.txt"),
            new Passage("本紀 太宗 989", "songshi-005-taizong-989.gold.txt"), new Passage("謝泌傳", "songshi-306-xiemi.gold.txt"),
            new Passage("本紀 理宗 1263", "songshi-045-lizong-1263.gold.txt"), new Passage("史浩傳", "songshi-396-shihao.gold.txt"),
            new Passage("本紀 仁宗 1058", "songshi-012-renzong-1058.gold.txt"), new Passage("邵亢傳 等", "songshi-317-shaokang.gold.txt"),
            new Passage("本紀 寧宗 1205", "songshi-038-ningzong-1205.gold.txt"), new Passage("湯璹傳 等", "songshi-411-tangshu.gold.txt"),
            // Fifteenth session: four rounds of four more, scored as they came (heldout/README.md), then tuned on.
            new Passage("本紀 神宗 1082", "songshi-016-shenzong-1082.gold.txt"), new Passage("田紹斌傳", "songshi-280-tianshaobin.gold.txt"),
            new Passage("本紀 理宗 1239", "songshi-042-lizong-1239.gold.txt"), new Passage("朱弁傳 等", "songshi-373-zhubian.gold.txt"),
            new Passage("本紀 徽宗 1108", "songshi-020-huizong-1108.gold.txt"), new Passage("柴禹錫傳 等", "songshi-268-chaiyuxi.gold.txt"),
            new Passage("本紀 寧宗 1218", "songshi-040-ningzong-1218.gold.txt"), new Passage("高敏傳 等", "songshi-452-gaomin.gold.txt"),
            new Passage("本紀 孝宗 1168", "songshi-034-xiaozong-1168.gold.txt"), new Passage("常秩傳 等", "songshi-329-changzhi.gold.txt"),
            new Passage("本紀 理宗 1245", "songshi-043-lizong-1245.gold.txt"), new Passage("高定子傳", "songshi-409-gaodingzi.gold.txt"),
            new Passage("本紀 徽宗 1101", "songshi-019-huizong-1101.gold.txt"), new Passage("李諮傳 等", "songshi-292-lizi.gold.txt"),
            new Passage("本紀 孝宗 1165", "songshi-033-xiaozong-1165.gold.txt"), new Passage("鄧肅傳 等", "songshi-375-dengsu.gold.txt"),
            new Passage("本紀 徽宗 1116", "songshi-021-huizong-1116.gold.txt"), new Passage("李迪傳", "songshi-310-lidi.gold.txt"),
            new Passage("本紀 寧宗 1197", "songshi-037-ningzong-1197.gold.txt"), new Passage("余玠傳", "songshi-416-yujie.gold.txt"),
            new Passage("本紀 理宗 1228", "songshi-041-lizong-1228.gold.txt"), new Passage("王安石傳", "songshi-327-wanganshi.gold.txt"),
            new Passage("吳獵傳 等", "songshi-397-wulie.gold.txt"),
            new Passage("本紀 太宗 982", "songshi-004-taizong-982.gold.txt"), new Passage("王超傳 等", "songshi-278-wangchao.gold.txt"),
            new Passage("本紀 寧宗 1212", "songshi-039-ningzong-1212.gold.txt"), new Passage("鮮于侁傳 等", "songshi-344-xianyushen.gold.txt"),
            new Passage("本紀 真宗 1008", "songshi-007-zhenzong-1008.gold.txt"), new Passage("魯宗道傳 等", "songshi-286-luzongdao.gold.txt"),
            new Passage("本紀 理宗 1250", "songshi-043-lizong-1250.gold.txt"), new Passage("范如圭傳 等", "songshi-381-fanrugui.gold.txt"),
            new Passage("本紀 度宗 1269", "songshi-046-duzong-1269.gold.txt"), new Passage("張方平傳", "songshi-318-zhangfangping.gold.txt"),
            new Passage("本紀 高宗 1138", "songshi-029-gaozong-1138.gold.txt"), new Passage("辛棄疾傳", "songshi-401-xinqiji.gold.txt"),
            // Eighteenth session: one round of four, scored as it came (heldout/README.md), then tuned on.
            new Passage("本紀 太祖 972", "songshi-003-taizu-972.gold.txt"), new Passage("張美傳 等", "songshi-259-zhangmei.gold.txt"),
            new Passage("本紀 高宗 1128", "songshi-025-gaozong-1128.gold.txt"), new Passage("司馬光傳", "songshi-336-simaguang.gold.txt"));

    /** A sealed test set: its 本紀 passages, its lives (scored also without punctuation), its floors and what it scored. */
    private record SealedSet(String name, TestSetFloors floors, List<Passage> annals, List<Passage> lives, Map<String, Scored> scored) {
        SealedSet(String name, TestSetFloors floors, List<Passage> annals, List<Passage> lives) {
            this(name, floors, annals, lives, new LinkedHashMap<>());
        }

        String[] unpunctuated() {
            return lives.stream().map(p -> p.label() + " unpunctuated").toArray(String[]::new);
        }
    }

    /** The test set: passages scored only to report, never looked at while tuning (heldout/README.md). */
    private static final SealedSet FIRST_SET = new SealedSet("test set", TestSetFloors.FIRST,
            List.of(new Passage("本紀 仁宗 1022", "songshi-009-renzong-1022.gold.txt")),
            List.of(new Passage("楊業傳", "songshi-272-yangye.gold.txt")));
    /**
     * The second test set, annotated in the fifth round by a helper who saw neither the rules nor the other passages,
     * its text and mentions sealed from the engineers tuning the rules (heldout/README.md); scored only to report.
     */
    private static final SealedSet SECOND_SET = new SealedSet("second test set", TestSetFloors.SECOND,
            List.of(new Passage("本紀 哲宗 1094", "songshi-018-zhezong-1094.gold.txt")),
            List.of(new Passage("狄青傳", "songshi-290-diqing.gold.txt")));
    /** The third test set, annotated in the fifth session by two helpers under the same seal (heldout/README.md). */
    private static final SealedSet THIRD_SET = new SealedSet("third test set", TestSetFloors.THIRD,
            List.of(new Passage("本紀 英宗 1064", "songshi-013-yingzong-1064.gold.txt"),
                    new Passage("本紀 寧宗 1195", "songshi-037-ningzong-1195.gold.txt")),
            List.of(new Passage("韓世忠傳", "songshi-364-hanshizhong.gold.txt"), new Passage("范仲淹傳", "songshi-314-fanzhongyan.gold.txt")));
    /**
     * The fourth test set, annotated in the ninth session by two helpers at its end, scored once and sealed: no rule was
     * written from it and its misses were not looked at (heldout/README.md).
     */
    private static final SealedSet FOURTH_SET = new SealedSet("fourth test set", TestSetFloors.FOURTH,
            List.of(new Passage("本紀 理宗 1225", "songshi-041-lizong-1225.gold.txt"),
                    new Passage("本紀 理宗 1254", "songshi-044-lizong-1254.gold.txt")),
            List.of(new Passage("白時中傳 等", "songshi-371-baishizhong.gold.txt"), new Passage("樓鑰傳 等", "songshi-395-louyue.gold.txt")));
    /** The fifth test set, annotated in the tenth session by two helpers during its last round, scored once and sealed. */
    private static final SealedSet FIFTH_SET = new SealedSet("fifth test set", TestSetFloors.FIFTH,
            List.of(new Passage("本紀 仁宗 1032", "songshi-010-renzong-1032.gold.txt"),
                    new Passage("本紀 高宗 1132", "songshi-027-gaozong-1132.gold.txt")),
            List.of(new Passage("晏殊傳 等", "songshi-311-yanshu.gold.txt"), new Passage("康保裔傳 等", "songshi-446-kangbaoyi.gold.txt")));
    /**
     * The sixth test set, annotated in the sixteenth session by four helpers while that session's rules were written,
     * scored as it came and at the session's end, never tuned on (heldout/README.md).
     */
    private static final SealedSet SIXTH_SET = new SealedSet("sixth test set", TestSetFloors.SIXTH,
            List.of(new Passage("本紀 神宗 1073", "songshi-015-shenzong-1073.gold.txt"),
                    new Passage("本紀 高宗 1145", "songshi-030-gaozong-1145.gold.txt")),
            List.of(new Passage("何灌傳 等", "songshi-357-heguan.gold.txt"), new Passage("李芾傳 等", "songshi-450-lifu.gold.txt")));
    /**
     * The seventh test set, annotated in the seventeenth session by four helpers after that session's rules of its first
     * two rounds were written, scored as it came and at the session's end, never tuned on (heldout/README.md).
     */
    private static final SealedSet SEVENTH_SET = new SealedSet("seventh test set", TestSetFloors.SEVENTH,
            List.of(new Passage("本紀 仁宗 1034", "songshi-010-renzong-1034.gold.txt"),
                    new Passage("本紀 孝宗 1171", "songshi-034-xiaozong-1171.gold.txt")),
            List.of(new Passage("狄棐傳 等", "songshi-299-difei.gold.txt"), new Passage("吳泳傳 等", "songshi-423-wuyong.gold.txt")));
    /**
     * The eighth test set, annotated in the eighteenth session by five helpers after that session's first rules were
     * written, scored as it came and at the session's end, never tuned on (heldout/README.md).
     */
    private static final SealedSet EIGHTH_SET = new SealedSet("eighth test set", TestSetFloors.EIGHTH,
            List.of(new Passage("本紀 真宗 1014", "songshi-008-zhenzong-1014.gold.txt"),
                    new Passage("本紀 徽宗 1110", "songshi-020-huizong-1110.gold.txt"),
                    new Passage("本紀 徽宗 1111", "songshi-020-huizong-1111.gold.txt")),
            List.of(new Passage("張昭傳", "songshi-263-zhangzhao.gold.txt"), new Passage("王友直傳 等", "songshi-370-wangyouzhi.gold.txt")));
    /**
     * The ninth test set, annotated in the nineteenth session by three helpers while that session's first rules were
     * written, scored as it came and at the session's end, never tuned on (heldout/README.md).
     */
    private static final SealedSet NINTH_SET = new SealedSet("ninth test set", TestSetFloors.NINTH,
            List.of(new Passage("本紀 徽宗 1124", "songshi-022-huizong-1124.gold.txt")),
            List.of(new Passage("丁謂傳", "songshi-283-dingwei.gold.txt"), new Passage("李綱傳", "songshi-358-ligang.gold.txt"),
                    new Passage("竇神寶傳 等", "songshi-466-doushenbao.gold.txt")));
    private static final List<SealedSet> SEALED = List.of(FIRST_SET, SECOND_SET, THIRD_SET, FOURTH_SET, FIFTH_SET, SIXTH_SET,
            SEVENTH_SET, EIGHTH_SET, NINTH_SET);

    @BeforeAll
    static void annotate() throws IOException {
        Annotator annotator = Annotator.of(UnseenAuthority.of(Authority.builtIn()));
        GoldMarkup benji = GoldMarkup.parse(resource("songshi-001-taizu-960.gold.txt"));
        GoldMarkup biography = GoldMarkup.parse(resource("songshi-258-panmei.gold.txt"));
        GoldMarkup caoBin = GoldMarkup.parse(resource("songshi-258-caobin.gold.txt"));
        GoldMarkup shenzong = GoldMarkup.parse(resource("songshi-014-shenzong-1064.gold.txt"));
        GoldMarkup fuBi = GoldMarkup.parse(resource("songshi-313-fubi.gold.txt"));
        annotateInto(annotator, passages, Map.of("本紀 太祖 960", benji, "潘美傳", biography,
                "潘美傳 unpunctuated", biography.unpunctuated(), "曹彬傳 unpunctuated", caoBin,
                "本紀 神宗 1064", shenzong, "富弼傳 unpunctuated", fuBi));
        for (Passage p : PUNCTUATED_TUNING) {
            GoldMarkup gold = GoldMarkup.parse(resource(p.file()));
            annotateInto(annotator, passages, Map.of(p.label(), gold, p.label() + " unpunctuated", gold.unpunctuated()));
        }
        for (SealedSet set : SEALED) {
            annotateTestSet(annotator, set);
        }
    }

    /** A test set's 本紀 passages as they are, and its lives also without punctuation ({@code label + " unpunctuated"}). */
    private static void annotateTestSet(Annotator annotator, SealedSet set) throws IOException {
        for (Passage p : set.annals()) {
            annotateInto(annotator, set.scored(), Map.of(p.label(), GoldMarkup.parse(resource(p.file()))));
        }
        for (Passage p : set.lives()) {
            GoldMarkup gold = GoldMarkup.parse(resource(p.file()));
            annotateInto(annotator, set.scored(), Map.of(p.label(), gold, p.label() + " unpunctuated", gold.unpunctuated()));
        }
    }

    private static void annotateInto(Annotator annotator, Map<String, Scored> into, Map<String, GoldMarkup> golds) {
        for (Map.Entry<String, GoldMarkup> e : golds.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            SourceText text = SourceText.of(e.getKey(), e.getValue().text());
            ChineseCalendar calendar = ChineseCalendar.builtIn();
            List<DatedRegion> regions = ChronicleRegions.of(
                    AnnalsParser.parse(TextView.of(text), ParseOptions.defaults(), calendar), calendar);
            List<Mention> found = annotator.annotate(text, regions);
            MentionInvariants.check(text, found);
            into.put(e.getKey(), new Scored(e.getValue(), found));
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HeldOutGoldTest.class.getResourceAsStream("heldout/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static String key(int start, int end, String type) {
        return start + ":" + end + ":" + type;
    }

    private static Map<MentionType, Counts> score(String name, Scored s, boolean showErrors) {
        Map<MentionType, Counts> counts = new EnumMap<>(MentionType.class);
        for (MentionType t : SCORED) {
            Set<String> gold = new HashSet<>();
            Set<String> found = new HashSet<>();
            s.gold().mentions().stream().filter(g -> g.type().equals(t.name())).forEach(g -> gold.add(key(g.start(), g.end(), t.name())));
            s.found().stream().filter(m -> m.type() == t).forEach(m -> found.add(key(m.start(), m.end(), t.name())));
            Set<String> both = new HashSet<>(gold);
            both.retainAll(found);
            counts.put(t, new Counts(gold.size(), found.size(), both.size()));
            if (showErrors) {
                int[] cps = s.gold().text().codePoints().toArray();
                for (String k : new TreeMap<>(Map.of("MISSED", gold, "EXTRA ", found)).entrySet().stream()
                        .flatMap(x -> x.getValue().stream().filter(v -> !(x.getKey().equals("MISSED") ? found : gold).contains(v)).map(v -> x.getKey() + " " + v)).toList()) {
                    String[] p = k.substring(7).split(":");
                    int a = Integer.parseInt(p[0]);
                    int b = Integer.parseInt(p[1]);
                    System.out.println(name + " " + k.substring(0, 6) + " " + t + " " + new String(cps, a, b - a)
                            + "  …" + new String(cps, Math.max(0, a - 4), Math.min(cps.length, b + 4) - Math.max(0, a - 4)));
                }
            }
        }
        return counts;
    }

    private static void print(String name, Map<MentionType, Counts> counts) {
        System.out.println("== " + name);
        System.out.println("type     gold  found  P      R      F1");
        counts.forEach((t, c) -> System.out.printf("%-8s %5d %6d  %.3f  %.3f  %.3f%n", t, c.gold(), c.found(), c.precision(), c.recall(), c.f1()));
    }

    @Test
    void perTypeScoresOnEachPassageAndPooled() {
        boolean showErrors = Boolean.getBoolean("biannian.showErrors") || System.getenv("BIANNIAN_SHOW_ERRORS") != null;
        Map<String, Map<MentionType, Counts>> byPassage = new LinkedHashMap<>();
        Map<MentionType, Counts> pooled = scoreAll(passages, "pooled (held-out)", showErrors, byPassage);
        printPrecisionByEvidence(passages);
        // The seventh session's two fresh rounds pooled apart (docs/authority.md gives them as they came and now).
        printPooled(byPassage, "pooled (seventh session, first four)", "本紀 哲宗 1086", "劉保勲傳", "本紀 高宗 1142", "陳敏傳");
        printPooled(byPassage, "pooled (seventh session, second four)", "本紀 真宗 1011", "苗授傳", "本紀 徽宗 1112", "金史 郭藥師傳");
        printPooled(byPassage, "pooled (eighth session, first four)", "本紀 神宗 1080", "呂大防傳", "本紀 真宗 998", "喬維岳傳");
        printPooled(byPassage, "pooled (eighth session, second round's 宋史 four)", "本紀 高宗 1161", "陳執中傳", "本紀 寧宗 1208", "李顯忠傳");
        printPooled(byPassage, "pooled (eighth session, 遼史 and 金史)", "遼史 耶律休哥傳", "金史 本紀 世宗 1162");
        printPooled(byPassage, "pooled (eighth session, third round)", "本紀 高宗 1135", "劉安世傳", "本紀 理宗 1244", "劉珙傳", "本紀 孝宗 1167",
                "汪若海傳");
        printPooled(byPassage, "pooled (ninth session)", "本紀 光宗 1190", "包拯傳", "本紀 度宗 1265", "孟珙傳");
        printPooled(byPassage, "pooled (ninth session, second round)", "本紀 寧宗 1201", "王信傳 等", "本紀 理宗 1235", "趙方傳");
        printPooled(byPassage, "pooled (tenth session)", "本紀 欽宗 1126", "趙卨傳", "本紀 瀛國公 1275", "虞允文傳");
        printPooled(byPassage, "pooled (tenth session, second round)", "本紀 徽宗 1103", "唐恪傳 等", "本紀 孝宗 1178", "李宗勉傳");
        printPooled(byPassage, "pooled (eleventh session)", "本紀 徽宗 1122", "高瓊傳", "本紀 寧宗 1220", "王信傳 (卷400)");
        printPooled(byPassage, "pooled (eleventh session, second round)", "本紀 高宗 1129", "劉平傳", "本紀 理宗 1261", "鄭獬傳 等");
        printPooled(byPassage, "pooled (eleventh session, third round)", "本紀 太祖 968", "王德傳", "本紀 高宗 1156", "蔚昭敏傳 等");
        printPooled(byPassage, "pooled (twelfth session)", "本紀 真宗 1017", "曹翰傳 等", "本紀 仁宗 1054", "劉拯傳 等");
        printPooled(byPassage, "pooled (twelfth session, second round)", "本紀 真宗 1001", "傅潛傳 等", "本紀 神宗 1068", "楊佐傳 等");
        printPooled(byPassage, "pooled (twelfth session, third round)", "本紀 仁宗 1044", "張昷之傳 等", "本紀 孝宗 1183", "王伯大傳 等");
        printPooled(byPassage, "pooled (thirteenth session)", "本紀 仁宗 1038", "彭乘傳 等", "本紀 高宗 1137", "元絳傳");
        printPooled(byPassage, "pooled (thirteenth session, second round)", "本紀 哲宗 1089", "張鑑傳", "本紀 高宗 1158", "周必大傳");
        printPooled(byPassage, "pooled (fourteenth session)", "本紀 哲宗 1098", "王嗣宗傳", "本紀 理宗 1258", "吕頤浩傳");
        printPooled(byPassage, "pooled (fourteenth session, second round)", "本紀 仁宗 1027", "李昉傳", "本紀 光宗 1192", "陳規傳");
        printPooled(byPassage, "pooled (fourteenth session, third round)", "本紀 太宗 989", "謝泌傳", "本紀 理宗 1263", "史浩傳");
        printPooled(byPassage, "pooled (fourteenth session, fourth round)", "本紀 仁宗 1058", "邵亢傳 等", "本紀 寧宗 1205", "湯璹傳 等");
        printPooled(byPassage, "pooled (fifteenth session)", "本紀 神宗 1082", "田紹斌傳", "本紀 理宗 1239", "朱弁傳 等");
        printPooled(byPassage, "pooled (fifteenth session, second round)", "本紀 徽宗 1108", "柴禹錫傳 等", "本紀 寧宗 1218", "高敏傳 等");
        printPooled(byPassage, "pooled (fifteenth session, third round)", "本紀 孝宗 1168", "常秩傳 等", "本紀 理宗 1245", "高定子傳");
        printPooled(byPassage, "pooled (fifteenth session, fourth round)", "本紀 徽宗 1101", "李諮傳 等", "本紀 孝宗 1165", "鄧肅傳 等");
        printPooled(byPassage, "pooled (sixteenth session)", "本紀 徽宗 1116", "李迪傳", "本紀 寧宗 1197", "余玠傳");
        printPooled(byPassage, "pooled (sixteenth session, second round)", "本紀 理宗 1228", "王安石傳", "吳獵傳 等");
        printPooled(byPassage, "pooled (eighteenth session)", "本紀 太祖 972", "張美傳 等", "本紀 高宗 1128", "司馬光傳");

        assertThat(pooled.get(MentionType.PER).f1()).as("pooled PER F1").isGreaterThanOrEqualTo(Floors.PER);
        assertThat(pooled.get(MentionType.PLACE).f1()).as("pooled PLACE F1").isGreaterThanOrEqualTo(Floors.PLACE);
        assertThat(pooled.get(MentionType.OFFICE).f1()).as("pooled OFFICE F1").isGreaterThanOrEqualTo(Floors.OFFICE);
        Map<MentionType, Counts> bare = byPassage.get("潘美傳 unpunctuated");
        assertThat(bare.get(MentionType.PER).f1()).as("unpunctuated PER F1").isGreaterThanOrEqualTo(Floors.BARE_PER);
        assertThat(bare.get(MentionType.PLACE).f1()).as("unpunctuated PLACE F1").isGreaterThanOrEqualTo(Floors.BARE_PLACE);
        for (MentionType t : List.of(MentionType.PER, MentionType.PLACE, MentionType.OFFICE)) {
            assertThat(pooled.get(t).precision()).as("pooled " + t + " precision").isGreaterThanOrEqualTo(Floors.PRECISION);
        }
    }

    /**
     * The test set, reported apart: passages added after the rules above were tuned, scored once at the end
     * of each round of work. Misses are printed only with {@code -Dbiannian.showTestSetErrors=true}, so
     * tuning does not look at them by accident.
     */
    @Test
    void perTypeScoresOnTheSecondTestSet() {
        scoreTestSet(SECOND_SET);
    }

    @Test
    void perTypeScoresOnTheThirdTestSet() {
        scoreTestSet(THIRD_SET);
    }

    @Test
    void perTypeScoresOnTheFourthTestSet() {
        scoreTestSet(FOURTH_SET);
    }

    @Test
    void perTypeScoresOnTheFifthTestSet() {
        scoreTestSet(FIFTH_SET);
    }

    @Test
    void perTypeScoresOnTheSixthTestSet() {
        scoreTestSet(SIXTH_SET);
    }

    @Test
    void perTypeScoresOnTheSeventhTestSet() {
        scoreTestSet(SEVENTH_SET);
    }

    @Test
    void perTypeScoresOnTheEighthTestSet() {
        scoreTestSet(EIGHTH_SET);
    }

    @Test
    void perTypeScoresOnTheNinthTestSet() {
        scoreTestSet(NINTH_SET);
    }

    @Test
    void perTypeScoresOnTheTestSet() {
        scoreTestSet(FIRST_SET);
    }

    /**
     * Scores a test set (its misses print only with -Dbiannian.showTestSetErrors=true) and checks its floors, those
     * of text without punctuation on its unpunctuated passages pooled.
     */
    private static void scoreTestSet(SealedSet set) {
        String name = set.name();
        TestSetFloors floors = set.floors();
        Map<String, Map<MentionType, Counts>> byPassage = new LinkedHashMap<>();
        Map<MentionType, Counts> pooled = scoreAll(set.scored(), "pooled (" + name + ")", Boolean.getBoolean("biannian.showTestSetErrors"),
                byPassage);
        printPrecisionByEvidence(set.scored());

        assertThat(pooled.get(MentionType.PER).f1()).as(name + " PER F1").isGreaterThanOrEqualTo(floors.per());
        assertThat(pooled.get(MentionType.PLACE).f1()).as(name + " PLACE F1").isGreaterThanOrEqualTo(floors.place());
        assertThat(pooled.get(MentionType.OFFICE).f1()).as(name + " OFFICE F1").isGreaterThanOrEqualTo(floors.office());
        Map<MentionType, Counts> bare = new EnumMap<>(MentionType.class);
        for (String passage : set.unpunctuated()) {
            byPassage.get(passage).forEach((t, c) -> bare.merge(t, c, Counts::plus));
        }
        print("pooled unpunctuated (" + name + ")", bare);
        assertThat(bare.get(MentionType.PER).f1()).as(name + " unpunctuated PER F1").isGreaterThanOrEqualTo(floors.barePer());
        assertThat(bare.get(MentionType.PLACE).f1()).as(name + " unpunctuated PLACE F1").isGreaterThanOrEqualTo(floors.barePlace());
    }

    private static Map<MentionType, Counts> scoreAll(Map<String, Scored> set, String title, boolean showErrors,
            Map<String, Map<MentionType, Counts>> byPassage) {
        Map<MentionType, Counts> pooled = new EnumMap<>(MentionType.class);
        set.forEach((name, s) -> {
            Map<MentionType, Counts> counts = score(name, s, showErrors);
            byPassage.put(name, counts);
            print(name, counts);
            counts.forEach((t, c) -> pooled.merge(t, c, Counts::plus));
        });
        print(title, pooled);
        return pooled;
    }

    /** Prints the pooled counts of {@code labels}, punctuated and, apart, without punctuation. */
    private static void printPooled(Map<String, Map<MentionType, Counts>> byPassage, String title, String... labels) {
        for (String suffix : List.of("", " unpunctuated")) {
            Map<MentionType, Counts> pooled = new EnumMap<>(MentionType.class);
            for (String label : labels) {
                byPassage.get(label + suffix).forEach((t, c) -> pooled.merge(t, c, Counts::plus));
            }
            print(title + suffix, pooled);
        }
    }

    /** Precision of each kind of evidence (foundBy), pooled: a mention is a claim, each source must earn it. */
    private static void printPrecisionByEvidence(Map<String, Scored> set) {
        Map<String, int[]> byEvidence = new TreeMap<>();
        set.values().forEach(s -> {
            Set<String> gold = new HashSet<>();
            s.gold().mentions().forEach(g -> gold.add(key(g.start(), g.end(), g.type())));
            for (Mention m : s.found()) {
                if (!SCORED.contains(m.type())) {
                    continue;
                }
                int[] c = byEvidence.computeIfAbsent(m.foundBy(), k -> new int[2]);
                c[0]++;
                if (gold.contains(key(m.start(), m.end(), m.type().name()))) {
                    c[1]++;
                }
            }
        });
        System.out.println("== precision by evidence (pooled)");
        byEvidence.forEach((k, c) -> System.out.printf("%-28s %4d found  %.3f%n", k, c[0], (double) c[1] / c[0]));
    }

    /** Floors of a test set: what it scored when it was last measured (docs/authority.md), never tuned to. */
    record TestSetFloors(double per, double place, double office, double barePer, double barePlace) {
        static final TestSetFloors FIRST = new TestSetFloors(0.92, 0.85, 0.90, 0.90, 0.84);
        // Unpunctuated PER 0.928 until the eleventh session, 0.912 (one name of 37) once it dropped a frame that read a
        // man the packs know by two characters plus a third before 以/言 as one name: over all of 宋史 it named 26 men
        // that way, 24 of them wrong (富弼募, 張浚欲, 秦檜詔; docs/authority.md, eleventh session).
        static final TestSetFloors SECOND = new TestSetFloors(0.88, 0.85, 0.79, 0.91, 0.83);
        static final TestSetFloors THIRD = new TestSetFloors(0.81, 0.81, 0.86, 0.80, 0.78);
        // PER 0.759 (unpunctuated 0.667) as sealed; 0.748 (0.646) once the tenth session's twelve passages joined heldout/:
        // UnseenAuthority then also holds out what only their juans attest (卷47's men named in 卷44). The same code with
        // the ninth session's held-out juans scores its punctuated passages 0.798 and its lives unpunctuated 0.667, with
        // the tenth's 0.791 and 0.646: the pack shrank, not the rules (docs/authority.md, tenth session).
        static final TestSetFloors FOURTH = new TestSetFloors(0.74, 0.84, 0.78, 0.64, 0.83);
        static final TestSetFloors FIFTH = new TestSetFloors(0.75, 0.88, 0.84, 0.66, 0.88);
        static final TestSetFloors SIXTH = new TestSetFloors(0.80, 0.82, 0.81, 0.77, 0.73);
        static final TestSetFloors SEVENTH = new TestSetFloors(0.79, 0.88, 0.87, 0.72, 0.87);
        // As it came on the whole pack (GoldPassageScore): 0.822 / 0.872 / 0.866; here without what only the held-out juans
        // attest (卷263's and 卷370's own men among them), at the eighteenth session's end.
        static final TestSetFloors EIGHTH = new TestSetFloors(0.72, 0.84, 0.83, 0.60, 0.76);
        // On the whole pack at the nineteenth session's start 0.905 / 0.810 / 0.805 (its punctuated passages); here pooled
        // with its lives unpunctuated and without what only the held-out juans attest, at that session's end.
        static final TestSetFloors NINTH = new TestSetFloors(0.83, 0.77, 0.75, 0.81, 0.74);
    }

    /**
     * Floors that hold today: raise them as recognition improves, never lower them to pass. The third round added
     * two passages to the tuning set (神宗紀, 富弼傳), scored before any rule work; the pooled floors are those of
     * the six passages since then.
     */
    static final class Floors {
        // The fourth session's rounds added 24 passages (本紀 and biographies of every reign, each also unpunctuated),
        // each scoring 0.6–0.85 before the rules written from it: the pool is harder, so its floors are what the
        // larger pool holds (the six older passages alone still hold the third round's floors).
        // The seventh session's eight fresh passages (PER 0.56–0.83 as they came) joined the pool: about 0.83 / 0.86 / 0.87.
        // The eighth's ten, with 遼史 and 金史 (OFFICE 0.60 as they came), brought OFFICE to about 0.86.
        // The ninth's eight (孟珙傳: PER 0.69, PLACE 0.60 as they came) hold at 0.82 / 0.85 / 0.85 after that session's rules.
        static final double PER = 0.82;
        static final double PLACE = 0.85;
        static final double OFFICE = 0.85;
        static final double BARE_PER = 0.95;
        static final double BARE_PLACE = 0.92;
        static final double PRECISION = 0.89;

        private Floors() {
        }
    }
}
