// International organizations, governing bodies and the buildings that stand for a government in
// news usage ("the Kremlin", "the White House"), with country (ISO 3166-1 alpha-3) where they
// belong to one. Written from general knowledge (names of public bodies are facts); no third-party
// text was copied. Licence: as the project.
// Columns: name, aliases (|-separated; = means same capitals required), iso3 or empty, kind
// (igo = intergovernmental, gov = government body, seat = a government's seat used for it,
// party, military, company, ngo, other).
extension GazetteerData {
    static let organizations = """
United Nations	=UN|=U.N.|U.N.|=UNO		igo
UN Security Council	=UNSC|=U.N. Security Council|United Nations Security Council|Security Council		igo
UN General Assembly	=UNGA|United Nations General Assembly|=U.N. General Assembly|General Assembly		igo
UN Human Rights Council	United Nations Human Rights Council|Human Rights Council		igo
UNICEF	=UNICEF		igo
UNESCO	=UNESCO		igo
UNHCR	=UNHCR|UN refugee agency|U.N. refugee agency		igo
World Food Programme	=WFP|World Food Program		igo
International Atomic Energy Agency	=IAEA		igo
World Health Organization	=WHO|World Health Organisation		igo
World Trade Organization	=WTO|World Trade Organisation		igo
International Monetary Fund	=IMF		igo
World Bank			igo
Asian Development Bank	=ADB		igo
Asian Infrastructure Investment Bank	=AIIB		igo
International Criminal Court	=ICC		igo
International Court of Justice	=ICJ|World Court		igo
International Committee of the Red Cross	=ICRC|Red Cross		ngo
North Atlantic Treaty Organization	=NATO|North Atlantic Treaty Organisation		igo
European Union	=EU|=E.U.		igo
European Commission			igo
European Parliament			igo
European Council			igo
Council of Europe			igo
European Central Bank	=ECB		igo
Organization for Security and Co-operation in Europe	=OSCE|Organization for Security and Cooperation in Europe		igo
Organisation for Economic Co-operation and Development	=OECD|Organization for Economic Cooperation and Development		igo
Association of Southeast Asian Nations	=ASEAN|=Asean		igo
Asia-Pacific Economic Cooperation	=APEC|Asia Pacific Economic Cooperation		igo
Group of 20	=G20|=G-20|Group of Twenty		igo
Group of Seven	=G7|=G-7|Group of 7		igo
Group of Eight	=G8|=G-8|Group of 8		igo
BRICS	=BRICS		igo
Shanghai Cooperation Organization	=SCO|Shanghai Cooperation Organisation		igo
Collective Security Treaty Organization	=CSTO		igo
Commonwealth of Independent States	=CIS		igo
Eurasian Economic Union	=EAEU		igo
African Union	=AU		igo
Economic Community of West African States	=ECOWAS		igo
Southern African Development Community	=SADC		igo
Organization of American States	=OAS		igo
Arab League	League of Arab States		igo
Gulf Cooperation Council	=GCC		igo
Organisation of Islamic Cooperation	=OIC|Organization of Islamic Cooperation		igo
Organization of the Petroleum Exporting Countries	=OPEC		igo
Commonwealth			igo
Interpol	=INTERPOL		igo
Amnesty International			ngo
Human Rights Watch	=HRW		ngo
Greenpeace			ngo
Doctors Without Borders	=MSF|Medecins Sans Frontieres|Médecins Sans Frontières		ngo
Kremlin	the Kremlin	RUS	seat
State Duma	Duma	RUS	gov
Federation Council		RUS	gov
Federal Assembly of Russia		RUS	gov
Federal Security Service	=FSB	RUS	gov
Russian Foreign Ministry		RUS	gov
White House	the White House	USA	seat
Pentagon	the Pentagon	USA	gov
State Department	=U.S. State Department|Department of State	USA	gov
Congress	=U.S. Congress|US Congress	USA	gov
Senate	=U.S. Senate	USA	gov
House of Representatives	=U.S. House of Representatives	USA	gov
Supreme Court	=U.S. Supreme Court	USA	gov
Central Intelligence Agency	=CIA	USA	gov
Federal Bureau of Investigation	=FBI	USA	gov
National Security Agency	=NSA	USA	gov
National Security Council	=NSC	USA	gov
Federal Reserve	=Fed|Federal Reserve Board	USA	gov
Department of Defense	Defense Department	USA	gov
Department of Homeland Security	=DHS|Homeland Security	USA	gov
Treasury Department	=U.S. Treasury	USA	gov
Justice Department	Department of Justice|=DOJ	USA	gov
Democratic Party	Democrats	USA	party
Republican Party	=GOP|Republicans	USA	party
Cheong Wa Dae	Blue House	KOR	seat
National Assembly			gov
Saenuri Party	Saenuri	KOR	party
Democratic Party of Korea		KOR	party
Liberty Korea Party		KOR	party
People Power Party		KOR	party
National Intelligence Service	=NIS	KOR	gov
Ministry of Unification	Unification Ministry	KOR	gov
Workers' Party of Korea	Workers Party of Korea|=WPK	PRK	party
Korean People's Army	=KPA	PRK	military
Supreme People's Assembly		PRK	gov
Zhongnanhai		CHN	seat
Communist Party of China	Chinese Communist Party|=CCP|=CPC	CHN	party
National People's Congress	=NPC	CHN	gov
People's Liberation Army	=PLA	CHN	military
Downing Street	Number 10	GBR	seat
Parliament			gov
House of Commons		GBR	gov
House of Lords		GBR	gov
Foreign Office	Foreign and Commonwealth Office|Foreign, Commonwealth and Development Office	GBR	gov
Elysee Palace	Élysée Palace|Elysee|Élysée	FRA	seat
Bundestag		DEU	gov
Bundeswehr		DEU	military
Knesset		ISR	gov
Mossad		ISR	gov
Israel Defense Forces	=IDF	ISR	military
Hamas			party
Hezbollah	Hizbollah		party
Fatah		PSE	party
Palestinian Authority	=PA	PSE	gov
Palestine Liberation Organization	=PLO		party
Taliban	the Taliban	AFG	party
Islamic State	=ISIS|=ISIL|Daesh		other
al-Qaeda	al-Qaida|Al Qaeda|Al-Qaeda		other
Islamic Revolutionary Guard Corps	=IRGC|Revolutionary Guards		military
Kurdistan Workers' Party	=PKK		party
Muslim Brotherhood			party
Boko Haram			other
Al-Shabaab	al-Shabab		other
Houthis	Houthi		other
Rada	Verkhovna Rada	UKR	gov
Lok Sabha		IND	gov
Bharatiya Janata Party	=BJP	IND	party
Indian National Congress		IND	party
Liberal Democratic Party	=LDP	JPN	party
Diet		JPN	gov
Kantei		JPN	seat
Conservative Party	Tories|Tory|Conservatives|Conservative and Unionist Party	GBR	party
Labour Party	Labour|UK Labour Party	GBR	party
Liberal Democrats	Lib Dems|Liberal Democrat Party	GBR	party
Scottish National Party	=SNP	GBR	party
Christian Democratic Union	=CDU	DEU	party
Social Democratic Party of Germany	=SPD|Social Democrats	DEU	party
Alternative for Germany	=AfD	DEU	party
Free Democratic Party	=FDP|Free Democrats	DEU	party
National Rally	Rassemblement National	FRA	party
Brothers of Italy		ITA	party
Likud		ISR	party
African National Congress	=ANC	ZAF	party
Justice and Development Party	=AKP	TUR	party
Republican People's Party	=CHP	TUR	party
United Russia		RUS	party
Australian Labor Party		AUS	party
Liberal Party of Canada		CAN	party
Pakistan Tehreek-e-Insaf	=PTI	PAK	party
Awami League		BGD	party
Morena		MEX	party
Servant of the People		UKR	party
General Agreement on Tariffs and Trade	=GATT		igo
European Community	=EC|European Economic Community|=EEC|European Communities		igo
Warsaw Pact			igo
Council for Mutual Economic Assistance	=Comecon|=COMECON		igo
Organisation of African Unity	=OAU|Organization of African Unity		igo
Non-Aligned Movement	Nonaligned Movement|non-aligned movement		igo
WikiLeaks	Wikileaks		ngo
Twitter			company
Tesla			company
Gazprom		RUS	company
Rosneft		RUS	company
Rosatom		RUS	company
Samsung			company
Hyundai			company
Toyota			company
Apple			company
Google			company
Microsoft			company
Facebook			company
Huawei		CHN	company
Boeing		USA	company
Airbus			company
"""

    /// News outlets: name, aliases, iso3.
    static let outlets = """
Yonhap	Yonhap News Agency|Yonhap News	KOR
Korea Times	The Korea Times	KOR
Korea Herald	The Korea Herald	KOR
JoongAng Ilbo	Korea JoongAng Daily|JoongAng Daily	KOR
Chosun Ilbo	Chosun	KOR
Dong-A Ilbo	Donga Ilbo	KOR
Hankyoreh		KOR
KBS	=KBS	KOR
MBC	=MBC	KOR
SBS	=SBS	KOR
Korean Central News Agency	=KCNA	PRK
Rodong Sinmun		PRK
TASS	=TASS|=ITAR-TASS|Itar-Tass	RUS
RIA Novosti	=RIA|RIA-Novosti	RUS
Interfax		RUS
Sputnik		RUS
Russia Today	=RT	RUS
Kommersant		RUS
Izvestia		RUS
Xinhua	Xinhua News Agency	CHN
China Daily		CHN
Global Times		CHN
People's Daily		CHN
CCTV	=CCTV	CHN
South China Morning Post	=SCMP	HKG
Kyodo	Kyodo News	JPN
NHK	=NHK	JPN
Nikkei	Nikkei Asian Review|Nikkei Asia	JPN
Asahi Shimbun	Asahi	JPN
Yomiuri Shimbun	Yomiuri	JPN
Mainichi Shimbun	Mainichi	JPN
Japan Times		JPN
Reuters		GBR
Associated Press	=AP	USA
Agence France-Presse	=AFP|Agence France Presse	FRA
United Press International	=UPI	USA
Bloomberg		USA
CNN	=CNN	USA
Fox News		USA
NBC	=NBC|NBC News	USA
ABC News		USA
CBS	=CBS|CBS News	USA
MSNBC	=MSNBC	USA
NPR	=NPR	USA
New York Times	The New York Times	USA
Washington Post	The Washington Post	USA
Wall Street Journal	The Wall Street Journal|=WSJ	USA
USA Today		USA
Los Angeles Times		USA
Axios		USA
Voice of America	=VOA	USA
Radio Free Europe	Radio Free Europe/Radio Liberty|=RFE/RL	USA
Radio Free Asia	=RFA	USA
BBC	=BBC|BBC News	GBR
Financial Times	=FT	GBR
Daily Telegraph	The Telegraph	GBR
The Guardian		GBR
The Economist		GBR
The Times		GBR
Politico		USA
Sky News		GBR
Daily Mail		GBR
Le Monde		FRA
Le Figaro		FRA
France 24		FRA
Der Spiegel	Spiegel	DEU
Deutsche Welle	=DW	DEU
Frankfurter Allgemeine Zeitung	=FAZ	DEU
Die Welt		DEU
dpa	=DPA|Deutsche Presse-Agentur	DEU
ANSA	=ANSA	ITA
EFE	=EFE	ESP
El Pais	El País	ESP
Al Jazeera	Aljazeera	QAT
Al Arabiya		SAU
Anadolu	Anadolu Agency	TUR
IRNA	=IRNA	IRN
Press TV		IRN
Fars	Fars News Agency	IRN
Tasnim	Tasnim News Agency	IRN
Haaretz		ISR
Jerusalem Post		ISR
Times of India		IND
Press Trust of India	=PTI	IND
Hindustan Times		IND
Straits Times	The Straits Times	SGP
Sydney Morning Herald		AUS
ABC	=ABC	AUS
Vedomosti		RUS
Ukrinform		UKR
Kyiv Independent		UKR
Daily NK		KOR
NK News		KOR
News1	News 1	KOR
Newsis		KOR
Central News Agency	=CNA	TWN
"""
}
