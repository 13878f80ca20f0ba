package io.dispatchline.ingest.split.datelines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Datelines as agencies print them in their own languages and scripts (issue 17). Each row is a
 * paragraph and every field the parser reads from it: located, agency, the dateline as printed, the
 * date as printed, month, day, and where the story starts.
 */
class WireLanguageDatelinesTest {
  private final DatelineParser parser = new DatelineParser(Agencies.load(), Places.load());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Бишкек, 24 октября /Синьхуа/ -- Стороны обсудили торговлю.|Бишкек|Xinhua|Бишкек, 24 октября /Синьхуа/ --|24 октября|10|24|Стороны обсудили торговлю.
          МОСКВА, 3 ноября. /ТАСС/. Правительство утвердило план.|МОСКВА|TASS|МОСКВА, 3 ноября. /ТАСС/.|3 ноября|11|3|Правительство утвердило план.
          PEKÍN, 26 oct (Xinhua) -- Las dos partes acordaron seguir.|PEKÍN|Xinhua|PEKÍN, 26 oct (Xinhua) --|26 oct|10|26|Las dos partes acordaron seguir.
          PÉKIN, 26 octobre (Xinhua) -- Les deux parties ont convenu.|PÉKIN|Xinhua|PÉKIN, 26 octobre (Xinhua) --|26 octobre|10|26|Les deux parties ont convenu.
          PEQUIM, 26 out (Xinhua) -- As duas partes concordaram.|PEQUIM|Xinhua|PEQUIM, 26 out (Xinhua) --|26 out|10|26|As duas partes concordaram.
          Madrid, 3 mar (EFE).- El Gobierno aprobó un plan.|Madrid|EFE|Madrid, 3 mar (EFE).-|3 mar|3|3|El Gobierno aprobó un plan.
          (ANSA) - ROMA, 3 MAR - Il governo ha approvato un piano.|ROMA|ANSA|(ANSA) - ROMA, 3 MAR -|3 MAR|3|3|Il governo ha approvato un piano.
          ROMA, 03 MAR - Il governo ha approvato un piano.|ROMA|-|ROMA, 03 MAR -|03 MAR|3|3|Il governo ha approvato un piano.
          Berlin (dpa) - Die Regierung hat ein Paket beschlossen.|Berlin|dpa|Berlin (dpa) -|-|0|0|Die Regierung hat ein Paket beschlossen.
          Ljubljana, 14. julija - Vlada je sprejela nov načrt.|Ljubljana|-|Ljubljana, 14. julija -|14. julija|7|14|Vlada je sprejela nov načrt.
          JOHOR BAHRU 14 Ogos – Kerajaan akan membina jambatan baharu.|JOHOR BAHRU|-|JOHOR BAHRU 14 Ogos –|14 Ogos|8|14|Kerajaan akan membina jambatan baharu.
          本报北京3月4日电 记者王明报道:全市植树活动今天启动。|北京|-|本报北京3月4日电 记者王明报道:|3月4日|3|4|全市植树活动今天启动。
          Ljubljana/Grosuplje/Ivančna Gorica, 1. aprila - Vlada je začela obisk.|Ljubljana/Grosuplje/Ivančna Gorica|-|Ljubljana/Grosuplje/Ivančna Gorica, 1. aprila -|1. aprila|4|1|Vlada je začela obisk.
          WARSZAWA, 5 października (PAP) - Rząd przyjął plan.|WARSZAWA|PAP|WARSZAWA, 5 października (PAP) -|5 października|10|5|Rząd przyjął plan.
          La Habana, 3 nov (Prensa Latina) Cuba y Vietnam firmaron acuerdos.|La Habana|Prensa Latina|La Habana, 3 nov (Prensa Latina)|3 nov|11|3|Cuba y Vietnam firmaron acuerdos.
          بكين 26 أكتوبر (شينخوا) بحث ممثلو البلدين التعاون.|بكين|Xinhua|بكين 26 أكتوبر (شينخوا)|26 أكتوبر|10|26|بحث ممثلو البلدين التعاون.
          بكين، 26 أكتوبر (شينخوا) -- بحث ممثلو البلدين التعاون.|بكين|Xinhua|بكين، 26 أكتوبر (شينخوا) --|26 أكتوبر|10|26|بحث ممثلو البلدين التعاون.
          新华社北京10月26日电（记者 王明）两国代表举行会谈。|北京|Xinhua|新华社北京10月26日电（记者 王明）|10月26日|10|26|两国代表举行会谈。
          中新网上海3月3日电 两国代表举行会谈。|上海|China News Service|中新网上海3月3日电|3月3日|3|3|两国代表举行会谈。
          本报北京10月26日电 两国代表举行会谈。|北京|-|本报北京10月26日电|10月26日|10|26|两国代表举行会谈。
          【北京共同】中国政府は新たな経済対策を発表した。|北京|Kyodo|【北京共同】|-|0|0|中国政府は新たな経済対策を発表した。
          ПЕКИН, 22 сен – РИА Новости. Китай рассчитывает на диалог.|ПЕКИН|RIA Novosti|ПЕКИН, 22 сен – РИА Новости.|22 сен|9|22|Китай рассчитывает на диалог.
          Beijing, 14 de noviembre de 2014 (Xinhua).- El presidente habló.|Beijing|Xinhua|Beijing, 14 de noviembre de 2014 (Xinhua).-|14 de noviembre de 2014|11|14|El presidente habló.
          MOSCÚ, 21 ago (Xinhua) -- El primer ministro llegó.|MOSCÚ|Xinhua|MOSCÚ, 21 ago (Xinhua) --|21 ago|8|21|El primer ministro llegó.
          BEIJING, 16 nov-RIA Novosti. La Chine a salué l'accord.|BEIJING|RIA Novosti|BEIJING, 16 nov-RIA Novosti.|16 nov|11|16|La Chine a salué l'accord.
          Багдад. 20 февраля. INTERFAX.RU - В Москве удивлены заявлением.|Багдад|Interfax|Багдад. 20 февраля. INTERFAX.RU -|20 февраля|2|20|В Москве удивлены заявлением.
          Hamburg (dpa/lno) - Die Polizei sucht einen Mann.|Hamburg|dpa|Hamburg (dpa/lno) -|-|0|0|Die Polizei sucht einen Mann.
          القاهرة- (أ ش أ): قال الوزير إن المحادثات مستمرة.|القاهرة|MENA|القاهرة- (أ ش أ):|-|0|0|قال الوزير إن المحادثات مستمرة.
          الكويت - 24 - 1 (كونا) - فاز الفريق بالمباراة.|الكويت|KUNA|الكويت - 24 - 1 (كونا) -|24 - 1|1|24|فاز الفريق بالمباراة.
          أبوظبي في 24 مارس / وام / أكد الرئيس أهمية التعاون.|أبوظبي|WAM|أبوظبي في 24 مارس / وام /|24 مارس|3|24|أكد الرئيس أهمية التعاون.
          【新華社北京3月7日】中国の外相は記者会見で述べた。|北京|Xinhua|【新華社北京3月7日】|3月7日|3|7|中国の外相は記者会見で述べた。
          本报墨西哥城1月28日电记者王明报道:两国军队今天又发生冲突。|墨西哥城|-|本报墨西哥城1月28日电记者王明报道:|1月28日|1|28|两国军队今天又发生冲突。
          КИЇВ. 24 квітня. УНН. На Київщині обмежили рух транспорту.|КИЇВ|UNN|КИЇВ. 24 квітня. УНН.|24 квітня|4|24|На Київщині обмежили рух транспорту.
          Miami (EEUU) (EFE).- El robot llegó a Marte este jueves.|Miami (EEUU)|EFE|Miami (EEUU) (EFE).-|-|0|0|El robot llegó a Marte este jueves.
          (ANSA) - ROMA, 21 GEN -"Sarò a Losanna", ha detto il ministro.|ROMA|ANSA|(ANSA) - ROMA, 21 GEN -|21 GEN|1|21|"Sarò a Losanna", ha detto il ministro.
          中新網3月3日電 全國政協會議于3月3日開幕。|-|China News Service|中新網3月3日電|3月3日|3|3|全國政協會議于3月3日開幕。
          Caracas.- El fiscal general dijo hoy que la investigación sobre el caso seguirá abierta.|Caracas|-|Caracas.-|-|0|0|El fiscal general dijo hoy que la investigación sobre el caso seguirá abierta.
          LONDON, March 3, 2024 /PRNewswire/ -- Acme Corp announced a product.|LONDON|PRNewswire|LONDON, March 3, 2024 /PRNewswire/ --|March 3, 2024|3|3|Acme Corp announced a product.
          Srinagar (Jammu and Kashmir) [India], Nov 3 (ANI): Police said.|Srinagar (Jammu and Kashmir) [India]|ANI|Srinagar (Jammu and Kashmir) [India], Nov 3 (ANI):|Nov 3|11|3|Police said.
          Vatican City (Agenzia Fides) - The Pope spoke on Monday.|Vatican City|Fides|Vatican City (Agenzia Fides) -|-|0|0|The Pope spoke on Monday.
          (서울=뉴스1) 홍길동 기자 = 정부는 새 계획을 발표했다.|서울|News1|(서울=뉴스1) 홍길동 기자 =|-|0|0|정부는 새 계획을 발표했다.
          (부산=연합뉴스) 김철수 기자 = 시는 행사를 열었다.|부산|Yonhap|(부산=연합뉴스) 김철수 기자 =|-|0|0|시는 행사를 열었다.
          [서울=뉴시스]이영희 기자 = 정부는 새 계획을 발표했다.|서울|Newsis|[서울=뉴시스]이영희 기자 =|-|0|0|정부는 새 계획을 발표했다.
          03.05.2021, Kraków (PAP) - Rada miasta przyjęła plan.|Kraków|PAP|03.05.2021, Kraków (PAP) -|03.05.2021|5|3|Rada miasta przyjęła plan.
          dpa BERLIN. Die Regierung hat ein Paket beschlossen.|BERLIN|dpa|dpa BERLIN.|-|0|0|Die Regierung hat ein Paket beschlossen.
          Bakı. Anar Məmmədov - Trend: Hökumət yeni plan açıqlayıb.|Bakı|Trend|Bakı. Anar Məmmədov - Trend:|-|0|0|Hökumət yeni plan açıqlayıb.
          Santiago, 5 dic (RHC) El gobierno anunció un plan.|Santiago|RHC|Santiago, 5 dic (RHC)|5 dic|12|5|El gobierno anunció un plan.
          Torino, 9 apr. (askanews) - Il consiglio ha approvato.|Torino|askanews|Torino, 9 apr. (askanews) -|9 apr|4|9|Il consiglio ha approvato.
          """)
  void aDatelineInTheAgencysOwnLanguageIsRead(
      String paragraph,
      String located,
      String agency,
      String text,
      String dateText,
      int month,
      int day,
      String body) {
    Dateline d = parser.parse(paragraph);
    assertThat(d).as(paragraph).isNotNull();
    assertThat(d.located()).as("located").isEqualTo(located);
    assertThat(d.agency()).as("agency").isEqualTo(agency);
    assertThat(d.text()).as("text").isEqualTo(text);
    assertThat(d.dateText()).as("dateText").isEqualTo(dateText);
    assertThat(d.month()).as("month").isEqualTo(month);
    assertThat(d.day()).as("day").isEqualTo(day);
    assertThat(paragraph.substring(d.bodyStart())).as("body").isEqualTo(body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          LONDON, 2 out of 3 voters said they would stay at home.
          北京是中国的首都，也是政治和文化中心。
          新华社记者王明报道，两国代表举行会谈。
          【特集】中国経済の行方
          الصين وقرغيزستان تبحثان التعاون التجاري في بكين
          Москва — столица России и крупнейший город страны.
          Washington. Friday. The president said he would sign the bill.
          Paris. 3 people died on Friday in a fire, police said.
          AFP PHOTO. Soldiers walk past the ruins of the old town.
          (a=b) The formula holds for every case.
          (서울=어딘가) 홍길동 기자 = 정부는 새 계획을 발표했다.
          12.12.2018, the day the minister resigned, was cold.
          Rome. Second Round - Final: The champions won again.
          """)
  void textThatOnlyLooksLikeSuchADatelineIsNone(String paragraph) {
    assertThat(parser.parse(paragraph)).isNull();
  }

  @org.junit.jupiter.api.Test
  void aTeasersPlaceAndAgencyBetweenBarsAreADateline() {
    Dateline d = parser.parse("TEMA, Ghana | Xinhua | The port handled more cargo this year.");
    assertThat(d).isNotNull();
    assertThat(d.located()).isEqualTo("TEMA, Ghana");
    assertThat(d.agency()).isEqualTo("Xinhua");
    assertThat(d.text()).isEqualTo("TEMA, Ghana | Xinhua |");
    assertThat(d.bodyStart()).isEqualTo("TEMA, Ghana | Xinhua | ".length());
    assertThat(parser.parse("Prices | Markets | World")).isNull();
    assertThat(parser.parse("LONDON | Opinion | The case for rail")).isNull();
  }
}
