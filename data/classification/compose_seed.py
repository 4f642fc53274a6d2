#!/usr/bin/env python3
"""Composes appeals-seed.csv from the hand-written cores in fragments_a.py / fragments_b.py.

Each output text is one hand-written core (which fixes topic, kind and the poor-quality flag) wrapped in one
of several registers (polite, angry, legal entity, elderly, short SMS-like, operator's note of a phone call,
internet-reception form) with filled slots (addresses, sums, meter and account numbers, dates), sometimes
joined with a second core of the same topic and kind, and sometimes with typos. Deterministic for a seed:

    python3 compose_seed.py [--seed 7] [--per-topic 160] > appeals-seed.csv
"""
import argparse
import csv
import random
import sys

from fragments_a import OUTAGES, BILLING, METERING, CONNECTION
from fragments_b import CONTRACTS, STAFF, INFORMATION, OTHER

TOPICS = {
    "outages_quality": OUTAGES,
    "billing_payments": BILLING,
    "metering_readings": METERING,
    "tech_connection": CONNECTION,
    "contracts": CONTRACTS,
    "staff_service": STAFF,
    "information": INFORMATION,
    "other": OTHER,
}

TOWNS = ["Казань", "Пермь", "Тверь", "Ижевск", "Киров", "Вологда", "Саранск", "Чебоксары", "Йошкар-Ола", "Курган",
         "Сыктывкар", "Тамбов", "Орёл", "Брянск", "Белгород", "Липецк", "Набережные Челны", "Елабуга", "Кунгур"]
VILLAGES = ["с. Берёзовка", "д. Ключи", "п. Заречный", "с. Никольское", "СНТ «Рассвет»", "д. Малые Горки",
            "п. Октябрьский", "СНТ «Энергетик»", "с. Покровка", "д. Сосновка", "ДНТ «Лесная поляна»"]
STREETS = ["ул. Ленина", "ул. Гагарина", "ул. Советская", "ул. Садовая", "ул. Мира", "ул. Молодёжная", "ул. Набережная",
           "ул. Полевая", "пер. Школьный", "ул. 8 Марта", "пр. Победы", "ул. Заводская", "ул. Луговая", "ул. Чехова",
           "ул. Пушкина", "ул. Строителей", "ул. Кооперативная", "ул. Лесная", "мкр. Северный", "ул. Береговая"]
NAMES = ["Иванова Н.П.", "Петров С.А.", "Сидорова Г.И.", "Кузнецов А.В.", "Смирнова О.Н.", "Хабибуллин Р.Р.",
         "Гарипова Л.М.", "Васильев Д.Е.", "Николаева Т.С.", "Морозов И.И.", "Фёдорова А.Ю.", "Зайцев П.К.",
         "Шайхутдинова Э.Ф.", "Романов В.Г.", "Козлова Е.Д.", "Лебедев М.О."]
ORGS = ["ООО «Агроторг»", "ИП Семёнов А.Н.", "ООО «СтройИнвест»", "АО «Молочный комбинат»", "ТСЖ «Восход»",
        "ООО «УК Жилсервис»", "МБОУ СОШ № 4", "ООО «Автосервис Плюс»", "СПК «Колос»", "ООО «Торговый дом Вега»",
        "ГБУЗ «Районная больница»", "ИП Каримова Г.Ф."]
DURATIONS = ["вторые сутки", "третьи сутки", "с утра", "с 6 часов утра", "пятый час", "почти неделю", "с вечера пятницы",
             "больше 10 часов", "сутки", "уже 3 дня", "с обеда"]

POLITE_OPEN = ["Здравствуйте!", "Добрый день.", "Уважаемые сотрудники!", "Здравствуйте, уважаемая компания.",
               "Добрый вечер!", "Уважаемый руководитель!", ""]
POLITE_CLOSE = ["Заранее благодарю.", "Спасибо.", "С уважением, {name}", "Прошу ответить письменно по адресу: {addr}.",
                "Ответ прошу направить на электронную почту {email}.", "Мой телефон для связи {phone}.",
                "Лицевой счёт {acc}.", "Буду признательна за ответ.", ""]
ANGRY_OPEN = ["Сколько можно?!", "Безобразие!", "Это просто возмутительно!", "Я в шоке от вашей работы.",
              "Уже сил нет терпеть!", "Опять то же самое!", "ДОКОЛЕ?!"]
ANGRY_CLOSE = ["Буду жаловаться в прокуратуру!", "Если не решите — пойду в Роспотребнадзор и суд.",
               "Напишу губернатору!", "Требую немедленно принять меры!", "Позор такой компании!",
               "Надоело платить за такое обслуживание.", "Жду ответа, а не отписки."]
ELDERLY_OPEN = ["Я пенсионерка, мне {age} лет, живу одна.", "Пишу вам как инвалид 2 группы.",
                "Я ветеран труда, {age} лет, плохо хожу.", "Мне {age} лет, в компьютере не разбираюсь, пишет внучка.",
                "Обращаюсь к вам, пожилой человек, {age} лет."]
ELDERLY_CLOSE = ["Помогите, пожалуйста.", "Очень прошу помочь, больше обратиться не к кому.",
                 "Дай вам Бог здоровья.", "Позвоните мне, пожалуйста, на домашний {phone}.", "Спасибо вам заранее, сынки."]
LEGAL_OPEN = ["{org} (ИНН {inn}) сообщает следующее.", "Настоящим {org} уведомляет:", "В адрес филиала от {org}.",
              "Исх. № {n}-{n2} от {date}. {org}.", "{org}, договор № {app}."]
LEGAL_CLOSE = ["Генеральный директор {name}", "Ответ просим направить в установленный срок.",
               "Контактное лицо: главный энергетик {name}, тел. {phone}.", "Приложение: копии документов на {n} л.",
               "Директор {name}, печать."]
PHONE_OPEN = ["Устное обращение по телефону. Абонент сообщил:", "Звонок на горячую линию, ЛС {acc}.",
              "Обращение принято оператором контакт-центра:", "Со слов потребителя:"]
FORM_OPEN = ["Тема: обращение с сайта. Адрес: {addr}.", "Интернет-приёмная. ФИО: {name}. Текст обращения:",
             "Личный кабинет, ЛС {acc}. Сообщение:"]


def fill(text, rnd):
    town = rnd.choice(TOWNS)
    place = rnd.choice([town, town, rnd.choice(VILLAGES)])
    street = rnd.choice(STREETS)
    values = {
        "addr": f"{place}, {street}, д. {rnd.randint(1, 140)}" + (f", кв. {rnd.randint(1, 220)}" if rnd.random() < 0.5 else ""),
        "street": street,
        "town": town,
        "amount": f"{rnd.randint(1, 48)} {rnd.randint(0, 999):03d},{rnd.randint(0, 99):02d} руб." if rnd.random() < 0.4
        else f"{rnd.randint(300, 9999)} руб.",
        "meter": f"№ {rnd.randint(10**7, 10**9 - 1)}{rnd.randint(10, 99)}",
        "acc": f"{rnd.randint(10**9, 10**10 - 1)}",
        "date": f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{rnd.choice([2023, 2024, 2025])}",
        "dur": rnd.choice(DURATIONS),
        "kw": f"{rnd.choice([7, 10, 12, 15, 25, 30, 50, 150])} кВт",
        "phone": rnd.choice(["+7 9{a}{b} {c}-{d}-{e}", "8 (9{a}{b}) {c}-{d}-{e}", "89{b}{c}{d}{e}"]).format(
            a=rnd.randint(0, 9), b=rnd.randint(10, 99), c=rnd.randint(100, 999), d=rnd.randint(10, 99), e=rnd.randint(10, 99)),
        "email": rnd.choice(["ivanova", "petrov.s", "galina58", "mir_2000", "oleg.k", "office"]) + str(rnd.randint(1, 99))
        + "@" + rnd.choice(["mail.ru", "yandex.ru", "gmail.com", "bk.ru"]),
        "n": str(rnd.randint(2, 9)),
        "n2": str(rnd.randint(10, 400)),
        "app": f"{rnd.randint(10, 99)}-{rnd.randint(1000, 99999)}/{rnd.choice(['ТП', 'Д', 'З', '24'])}",
        "name": rnd.choice(NAMES),
        "org": rnd.choice(ORGS),
        "inn": str(rnd.randint(10**9, 10**10 - 1)),
        "age": str(rnd.randint(68, 91)),
    }
    return text.format(**values)


TYPOS = [("ться", "тся"), ("тся", "ться"), ("е", "и"), ("о", "а"), ("ё", "е"), ("щ", "ш"), ("нн", "н"), ("жи", "жы"),
         ("пожалуйста", "пожалуста"), ("электроэнергии", "элекроэнергии"), ("счётчик", "щетчик"), ("счетчик", "сщетчик")]


def typos(text, rnd, count):
    for _ in range(count):
        wrong, right = rnd.choice(TYPOS)
        positions = [i for i in range(len(text)) if text.startswith(wrong, i)]
        if positions:
            i = rnd.choice(positions)
            text = text[:i] + right + text[i + len(wrong):]
    return text


def sms(text, rnd):
    t = text.lower().replace("ё", "е")
    for p in [",", ".", "!", "«", "»", ";", ":", "—"]:
        t = t.replace(p, "" if p != "." else " ")
    t = " ".join(t.split())
    words = t.split()
    if len(words) > 14:
        t = " ".join(words[: rnd.randint(9, 14)])
    t = t.replace("здравствуйте", "здрасте").replace("пожалуйста", "пжлст").replace("сегодня", "седня")
    return typos(t, rnd, rnd.randint(0, 2))


def wrap(core, kind, rnd):
    register = rnd.choices(["polite", "angry", "legal", "elderly", "sms", "phone", "form", "bare"],
                           weights=[24, 12 if kind == "complaint" else 2, 10, 10, 12, 10, 8, 14])[0]
    if register == "polite":
        parts = [rnd.choice(POLITE_OPEN), core, rnd.choice(POLITE_CLOSE)]
    elif register == "angry":
        body = fill(core, rnd).upper() if rnd.random() < 0.15 else core
        parts = [rnd.choice(ANGRY_OPEN), body, rnd.choice(ANGRY_CLOSE)]
    elif register == "legal":
        parts = [rnd.choice(LEGAL_OPEN), core, rnd.choice(LEGAL_CLOSE)]
    elif register == "elderly":
        parts = [rnd.choice(POLITE_OPEN[:4]), rnd.choice(ELDERLY_OPEN), core, rnd.choice(ELDERLY_CLOSE)]
    elif register == "phone":
        parts = [rnd.choice(PHONE_OPEN), core]
    elif register == "form":
        parts = [rnd.choice(FORM_OPEN), core, rnd.choice(POLITE_CLOSE)]
    else:
        parts = [core]
    text = " ".join(p for p in parts if p)
    text = fill(text, rnd)
    if register == "sms":
        return sms(fill(core, rnd), rnd)
    if rnd.random() < 0.12:
        text = typos(text, rnd, rnd.randint(1, 3))
    if rnd.random() < 0.08:
        # Pasted from an e-mail or a web form: a line break or a stray HTML entity.
        text = text.replace(". ", ".\n", 1) if rnd.random() < 0.6 else text.replace(" ", "&nbsp;", 1)
    return text


def compose(seed, per_topic):
    rnd = random.Random(seed)
    rows = []
    for topic, cores in TOPICS.items():
        by_kind = {}
        for kind, pq, text in cores:
            by_kind.setdefault(kind, []).append((pq, text))
        # Every core appears at least once; further texts are drawn with kinds in their natural proportions.
        plan = [(k, pq, t) for k, pq, t in cores]
        while len(plan) < per_topic:
            plan.append(rnd.choice(cores))
        rnd.shuffle(plan)
        for kind, pq, text in plan:
            core = text
            if rnd.random() < 0.2 and len(by_kind[kind]) > 1:
                # A second core of the same topic and kind, as people often raise two related points.
                other_pq, other = rnd.choice([c for c in by_kind[kind] if c[1] != text])
                core = f"{text} {other}"
                pq = pq or other_pq
            rows.append((wrap(core, kind, rnd), topic, kind, "true" if pq else "false"))
    rnd.shuffle(rows)
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-topic", type=int, default=160)
    args = parser.parse_args()
    writer = csv.writer(sys.stdout, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["text", "topic", "kind", "poor_quality"])
    seen = set()
    for row in compose(args.seed, args.per_topic):
        if row[0] in seen:
            continue
        seen.add(row[0])
        writer.writerow(row)


if __name__ == "__main__":
    main()
