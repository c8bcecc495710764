#!/usr/bin/env python3
"""Consistency check for a folder of gold files (no extractor involved).

Checks: every entity name/alias and optional entity occurs verbatim in its
document (an alias that does not is still accepted when it is the name of an
entity of the same type in another gold file of the same folder: a cross-file
identity alias such as 谷歌 / Google, which kgscore needs to see one entity); relation ends and attribute
subjects are entity names; predicates, domains/ranges and value formats follow
ONTOLOGY.md; no duplicates between required and optional lists; document
sizes are within the set's bounds.
Run: python3 tests/check_gold.py FOLDER (each gold folder has a check_gold.py
that runs this on itself).
"""
import json, glob, os, re, unicodedata, sys
D=os.path.abspath(sys.argv[1] if len(sys.argv)>1 else '.')
REL={'founder','ceo','chairman','employee','parentOrganization','creator','isBasedOn','distilledFrom','funder','alumniOf','location','containedInPlace','metWith','partnerOf','competitorOf'}
ATT={'foundingDate','datePublished','parameterCount','userCount'}
TYPES={'Person','Organization','Place','AIModel','SoftwareApplication','Product','CreativeWork'}
WORK={'AIModel','SoftwareApplication','Product','CreativeWork'}
DOM={'founder':({'Organization'},{'Person','Organization'}),'ceo':({'Organization'},{'Person'}),'chairman':({'Organization'},{'Person'}),
 'employee':({'Organization'},{'Person'}),'parentOrganization':({'Organization'},{'Organization'}),'creator':(WORK,{'Organization','Person'}),
 'isBasedOn':({'AIModel','SoftwareApplication'},{'AIModel'}),'distilledFrom':({'AIModel'},{'AIModel'}),'funder':({'Organization'},{'Organization','Person'}),
 'alumniOf':({'Person'},{'Organization'}),'location':({'Organization'},{'Place'}),'containedInPlace':({'Place'},{'Place'}),'metWith':({'Person'},{'Person'}),
 'partnerOf':({'Organization'},{'Organization'}),'competitorOf':({'Organization','Product'},{'Organization','Product'})}
ADOM={'foundingDate':{'Organization'},'datePublished':WORK,'parameterCount':{'AIModel'},'userCount':{'Organization','SoftwareApplication'}}
SYM={'metWith','partnerOf','competitorOf'}
norm=lambda s: unicodedata.normalize('NFKC',s).casefold().replace(' ','')
probs=0
# cross-file identity aliases: (type, name) -> gold files with an entity of that name
XFILE={}
for jf in glob.glob(D+'/*.json'):
    for e in json.load(open(jf)).get('entities',[]):
        XFILE.setdefault((e['type'],e['name']),set()).add(os.path.basename(jf))
def bad(f,msg):
    global probs; probs+=1; print('PROBLEM',f,msg)
summary=[]
for jf in sorted(glob.glob(D+'/*.json')):
    g=json.load(open(jf)); f=os.path.basename(jf)
    keys=['doc','note','entities','optional_entities','relations','optional_relations','attributes','optional_attributes']
    if list(g.keys())!=keys: bad(f,'keys %s'%list(g.keys()))
    tp=os.path.join(D,g['doc'])
    if not os.path.exists(tp): bad(f,'doc missing'); continue
    text=open(tp).read()
    if g['doc'].startswith('zh'):
        n=len(text.replace('\n',''))
        if not 1200<=n<=3000: bad(f,'zh length %d'%n)
        size='%d chars'%n
    else:
        n=len(text.split())
        if not 500<=n<=1000: bad(f,'en words %d'%n)
        size='%d words'%n
    types={}; seen={}
    for e in g['entities']:
        if e['type'] not in TYPES: bad(f,'type '+str(e))
        if e['name'] in types: bad(f,'dup entity '+e['name'])
        types[e['name']]=e['type']
        for s in [e['name']]+e['aliases']:
            if s not in text and (s==e['name'] or not XFILE.get((e['type'],s),set())-{f}): bad(f,'not verbatim in text: '+s)
            k=norm(s)
            if k in seen and seen[k]!=e['name']: bad(f,'surface form %s used by %s and %s'%(s,seen[k],e['name']))
            seen[k]=e['name']
    for s in g['optional_entities']:
        if s not in text: bad(f,'optional entity not in text: '+s)
        if norm(s) in seen: bad(f,'optional entity also required: '+s)
    def keyr(r):
        if r['p'] in SYM: return (r['p'],)+tuple(sorted([r['s'],r['o']]))
        return (r['p'],r['s'],r['o'])
    allr={}
    for lst in ['relations','optional_relations']:
        for r in g[lst]:
            if set(r)!={'s','p','o'}: bad(f,'rel keys '+str(r))
            if r['p'] not in REL: bad(f,'pred '+str(r))
            for end in ('s','o'):
                if r[end] not in types: bad(f,'%s %s end not an entity: %s'%(lst,r,r[end]))
            if r['s']==r['o']: bad(f,'self '+str(r))
            if r['p'] in DOM and r['s'] in types and r['o'] in types:
                ds,rs=DOM[r['p']]
                if types[r['s']] not in ds or types[r['o']] not in rs: bad(f,'domain/range %s (%s->%s)'%(r,types[r['s']],types[r['o']]))
                if r['p']=='competitorOf' and types[r['s']]!=types[r['o']]: bad(f,'competitor types differ '+str(r))
            k=keyr(r)
            if k in allr: bad(f,'dup relation %s in %s and %s'%(r,allr[k],lst))
            allr[k]=lst
    alla={}
    for lst in ['attributes','optional_attributes']:
        for a in g[lst]:
            if set(a)!={'s','p','v'}: bad(f,'attr keys '+str(a))
            if a['p'] not in ATT: bad(f,'attr pred '+str(a))
            if a['s'] not in types: bad(f,'attr subject not entity '+str(a)); continue
            if types[a['s']] not in ADOM[a['p']]: bad(f,'attr domain %s (%s)'%(a,types[a['s']]))
            if a['p'] in ('foundingDate','datePublished'):
                if not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?',a['v']): bad(f,'date fmt '+str(a))
            else:
                if not re.fullmatch(r'[1-9]\d*',a['v']): bad(f,'count fmt '+str(a))
            k=(a['s'],a['p'],a['v'])
            if k in alla: bad(f,'dup attr '+str(a))
            alla[k]=lst
    summary.append((f,size,len(g['entities']),len(g['relations']),len(g['attributes']),len(g['optional_entities']),len(g['optional_relations']),len(g['optional_attributes'])))
print('file | size | ent | rel | attr | opt_ent | opt_rel | opt_attr')
for s in summary: print(' | '.join(map(str,s)))
print('PROBLEMS:',probs)
