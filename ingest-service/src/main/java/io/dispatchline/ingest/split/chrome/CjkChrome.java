package io.dispatchline.ingest.split.chrome;

import io.dispatchline.ingest.split.datelines.Agencies;
import io.dispatchline.ingest.split.text.CharClass;
import java.util.regex.Pattern;

/**
 * Page lines of Chinese and Japanese news pages, whose chrome has its own wording: a picture's
 * caption ends in its photographer's "摄" ("中新社记者 张朔 摄") or in the agency's name in brackets
 * ("…のタイムズスクエア（共同）"); an editor's credit ("【责任编辑：李华】") closes the story; a line that only dates the
 * page ("2023年03月15日 第07版:国内", "2026-10-26 15:30:12 来源：新华网") is its publish time.
 */
final class CjkChrome {
  /** Such chrome lines are short; a longer one is story text. */
  private static final int MAX_LINE = 200;

  private static final int MAX_DATE_LINE = 60;
  private static final int MAX_CREDIT_LINE = 40;
  private static final int MAX_BRACKETED_AGENCY = 8;

  private static final Pattern DATE =
      Pattern.compile("(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2})");

  private CjkChrome() {}

  /** Whether the line is written in Chinese or Japanese: its first letter is a Han or kana. */
  static boolean applies(String text) {
    for (int i = 0; i < text.length() && i < 20; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return CharClass.isCjk(c);
      }
    }
    return false;
  }

  /** The line's role, or null when it is story text (or not a line these rules know). */
  static Chrome.Role classify(String text, Agencies agencies) {
    String t = text.strip();
    if (t.length() > MAX_LINE) {
      return null;
    }
    if (t.length() <= MAX_CREDIT_LINE && (t.contains("责任编辑") || t.contains("責任編輯"))) {
      return Chrome.Role.SIGN_OFF;
    }
    for (String notice : COPYRIGHT_NOTICES) {
      if (t.length() <= MAX_CREDIT_LINE && t.contains(notice)) {
        return Chrome.Role.COPYRIGHT; // "無断転載・複製を禁じます", "版权所有"
      }
    }
    if (endsWithPhotographer(t) || endsWithBracketedAgency(t, agencies)) {
      return Chrome.Role.CAPTION;
    }
    if (t.length() <= MAX_DATE_LINE && !t.endsWith("。") && DATE.matcher(t).find()) {
      return Chrome.Role.PUBLISH_TIME;
    }
    return null;
  }

  /** "Reproduction without permission prohibited", "all rights reserved". */
  private static final String[] COPYRIGHT_NOTICES = {"無断転載", "版权所有", "版權所有", "禁止转载", "未经授权"};

  /** "… 中新社记者 张朔 摄", "(新华社记者 王鹏 摄)". */
  private static boolean endsWithPhotographer(String t) {
    int end = t.length();
    while (end > 0 && (t.charAt(end - 1) == ')' || t.charAt(end - 1) == '）')) {
      end--;
    }
    return end > 1 && t.charAt(end - 1) == '摄' && !Character.isLetter(t.charAt(end - 2))
        || t.startsWith("图为");
  }

  /** "…のタイムズスクエア（共同）": the agency's name in brackets closes a caption. */
  private static boolean endsWithBracketedAgency(String t, Agencies agencies) {
    int n = t.length();
    if (n < 4 || (t.charAt(n - 1) != '）' && t.charAt(n - 1) != ')')) {
      return false;
    }
    int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
    if (open <= 0 || n - open - 2 > MAX_BRACKETED_AGENCY) {
      return false;
    }
    char before = t.charAt(open - 1);
    return before != '。' && agencies.known(t.substring(open + 1, n - 1)) != null;
  }
}
